/* gradcheck: n=3 lo=-1.5 hi=1.5 tangent */
/* Forward over reverse: the JVP of a function that computes a gradient with
 * __enzyme_autodiff (a Hessian-vector product, checked against central differences of the
 * gradient's projection). */
#include <enzyme.h>
#include <math.h>

static double loss(const double *x) {
    return x[0] * x[0] * x[1] + sin(x[1] * x[2]) + exp(x[2] / 2) * x[0];
}

static double projected_gradient(const double *x) {
    double g[3] = {0, 0, 0};
    __enzyme_autodiff((void *)loss, enzyme_dup, x, g);
    return g[0] - 2 * g[1] + 0.5 * g[2];
}

double f(const double *x) { return projected_gradient(x); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)projected_gradient, enzyme_dup, x, v);
}
