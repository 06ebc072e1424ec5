/* gradcheck: n=5 lo=-1.5 hi=1.5 tangent */
/* Forward over reverse through an inner gradient that loads a `restrict` scratch argument
 * again in its reverse sweep instead of taping it (enzymec/ad/tape/argument_reload.py: `t` is
 * written in one loop and only read after it): a Hessian-vector product by AD, checked
 * against central differences of the same projection of the handwritten gradient, `f`. */
#include <enzyme.h>
#include <math.h>

/* h = sum_i x_i^4 sin(x_i), through the scratch t_i = x_i^2 */
static double h(const double *restrict x, double *restrict t, int n) {
    for (int i = 0; i < n; i++)
        t[i] = x[i] * x[i];
    double s = 0;
    for (int i = 0; i < n; i++)
        s += t[i] * t[i] * sin(x[i]);
    return s;
}

static const double W[5] = {1, -2, 0.5, 3, -1};

static double projected_gradient(const double *x) {
    double g[5] = {0}, t[5], dt[5] = {0};
    __enzyme_autodiff((void *)h, enzyme_dup, x, g, enzyme_dup, t, dt, enzyme_const, 5);
    double p = 0;
    for (int i = 0; i < 5; i++) p += W[i] * g[i];
    return p;
}

double f(const double *x) {  /* sum_i W_i dh/dx_i, by hand */
    double p = 0;
    for (int i = 0; i < 5; i++) {
        double u = x[i] * x[i];
        p += W[i] * (4.0 * u * x[i] * sin(x[i]) + u * u * cos(x[i]));
    }
    return p;
}

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)projected_gradient, enzyme_dup, x, v);
}
