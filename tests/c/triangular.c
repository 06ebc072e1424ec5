/* gradcheck: n=6 lo=-1 hi=1 */
/* A triangular nest (inner bound depends on the outer index) over a dup array. */
#include <enzyme.h>

double tri(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j <= i; j++)
            s += x[i] * x[j] * (1.0 + 0.5 * j);
    return s;
}

double f(const double *x) { return tri(x, 6); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)tri, x, g, 6);
}
void analytic(const double *x, double *g) {
    for (int k = 0; k < 6; k++) g[k] = 0.0;
    for (int i = 0; i < 6; i++)
        for (int j = 0; j <= i; j++) {
            g[i] += x[j] * (1.0 + 0.5 * j);
            g[j] += x[i] * (1.0 + 0.5 * j);
        }
}
