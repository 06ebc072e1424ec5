/* gradcheck: n=5 lo=-1.5 hi=1.5 tangent */
/* Forward over reverse through a loop the inner gradient tapes (logsumexp's exp values):
 * a Hessian-vector product by AD, checked against central differences of the same
 * projection of the handwritten gradient (softmax), which is `f`. The inner gradient's tape
 * is a kept tape that forward mode mirrors on a shadow tape (nested_tape.py). */
#include <enzyme.h>
#include <math.h>

static double lse(const double *x, int n) {
    double m = x[0];
    for (int i = 1; i < n; i++) m = x[i] > m ? x[i] : m;
    double s = 0;
    for (int i = 0; i < n; i++) s += exp(x[i] - m);
    return log(s) + m;
}

static const double W[5];
static double projected_gradient(const double *x) {
    double g[5] = {0};
    __enzyme_autodiff((void *)lse, enzyme_dup, x, g, enzyme_const, 5);
    double p = 0;
    for (int i = 0; i < 5; i++) p += W[i] * g[i];
    return p;
}

static const double W[5] = {1, -2, 0.5, 3, -1};

double f(const double *x) {  /* sum_i W_i softmax(x)_i: the gradient of lse, by hand */
    double m = x[0], s = 0, p = 0;
    for (int i = 1; i < 5; i++) m = x[i] > m ? x[i] : m;
    for (int i = 0; i < 5; i++) s += exp(x[i] - m);
    for (int i = 0; i < 5; i++) p += W[i] * exp(x[i] - m) / s;
    return p;
}

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)projected_gradient, enzyme_dup, x, v);
}
