/* gradcheck: n=3 lo=-2 hi=2 */
/* Enzyme's `__attribute__((enzyme_inactive))` on a helper: `bucket` rounds to a quarter by
 * adding and subtracting 1.5 * 2^52, a step function whose true derivative is 0 but whose
 * code differentiates to 1. Ignoring the attribute would add x[i]^2 * 0.25 to g[i]. */
#include <enzyme.h>

__attribute__((enzyme_inactive, noinline)) double bucket(double v) {
    volatile double magic = 6755399441055744.0;
    return ((4.0 * v + magic) - magic) * 0.25;
}

double h(double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += x[i] * x[i] * (1.0 + 0.25 * bucket(x[i]));
    return s;
}

double f(const double *x) { return h((double *)x, 3); }
void grad(const double *x, double *g) {
    double copy[3] = {x[0], x[1], x[2]};
    g[0] = g[1] = g[2] = 0;
    __enzyme_autodiff((void *)h, copy, g, 3);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 2 * x[i] * (1.0 + 0.25 * bucket(x[i]));
}
