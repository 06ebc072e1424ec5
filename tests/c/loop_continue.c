/* gradcheck: n=8 lo=-1 hi=1 */
/* continue skips the negative entries of a dup array. */
#include <enzyme.h>

double possq(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        if (x[i] < 0.0)
            continue;
        s += x[i] * x[i] * (i + 1);
    }
    return s;
}

double f(const double *x) { return possq(x, 8); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 8; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)possq, enzyme_dup, x, g, enzyme_const, 8);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 8; i++) g[i] = x[i] < 0.0 ? 0.0 : 2.0 * x[i] * (i + 1);
}
