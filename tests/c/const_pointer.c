/* gradcheck: n=3 lo=-2 hi=2 */
/* enzyme_const on a pointer: the weights are read but get no derivative. */
#include <enzyme.h>

double dot(const double *w, const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += w[i] * x[i] * x[i];
    return s;
}

static const double weights[3] = {0.5, -2.0, 3.0};

double f(const double *x) { return dot(weights, x, 3); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)dot, enzyme_const, weights, enzyme_dup, x, g, enzyme_const, 3);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 2.0 * weights[i] * x[i];
}
