/* gradcheck: n=5 lo=-1.5 hi=1.5 tangent */
/* Forward over reverse through tapes of a run-time length (the HVP benchmark's shape): the
 * inner gradient's tapes of logsumexp (the max's branch bits, the exp values) are kept tapes
 * whose trip count is only known at run time, so forward mode mirrors them on a shadow
 * tape (nested_tape.py) instead of growing heap buffers. The inner gradient runs twice per
 * call, in a loop, at two scalings of x: the second run must start from an empty tape
 * header, primal and shadow alike. `f` is the same projection of the handwritten gradient
 * (c_k softmax(c_k x)). */
#include <enzyme.h>
#include <math.h>

int hvp_kept_len = 5;  /* not a constant: the tapes' length is a run-time value */
static const double W[5] = {1, -2, 0.5, 3, -1};
static const double C[2] = {1, -0.75};

static double lse(const double *x, int n) {
    double m = x[0];
    for (int i = 1; i < n; i++) m = x[i] > m ? x[i] : m;
    double s = 0;
    for (int i = 0; i < n; i++) s += exp(x[i] - m);
    return log(s) + m;
}

static double projected_gradients(const double *x) {
    double p = 0;
    for (int k = 0; k < 2; k++) {
        double y[5], g[5] = {0};
        for (int i = 0; i < 5; i++) y[i] = C[k] * x[i];
        __enzyme_autodiff((void *)lse, enzyme_dup, y, g, enzyme_const, hvp_kept_len);
        for (int i = 0; i < 5; i++) p += W[i] * C[k] * g[i];
    }
    return p;
}

double f(const double *x) {  /* sum_k sum_i W_i c_k softmax(c_k x)_i, by hand */
    double p = 0;
    for (int k = 0; k < 2; k++) {
        double m = C[k] * x[0], s = 0;
        for (int i = 1; i < 5; i++) m = C[k] * x[i] > m ? C[k] * x[i] : m;
        for (int i = 0; i < 5; i++) s += exp(C[k] * x[i] - m);
        for (int i = 0; i < 5; i++) p += W[i] * C[k] * exp(C[k] * x[i] - m) / s;
    }
    return p;
}

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)projected_gradients, enzyme_dup, x, v);
}
