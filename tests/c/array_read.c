/* gradcheck: n=5 lo=-2 hi=2 */
/* Reads through a dup pointer: a weighted sum of squares. */
#include <enzyme.h>

double sumsq(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += (i + 1) * x[i] * x[i];
    return s;
}

double f(const double *x) { return sumsq(x, 5); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)sumsq, enzyme_dup, x, g, enzyme_const, 5);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 5; i++) g[i] = 2.0 * (i + 1) * x[i];
}
