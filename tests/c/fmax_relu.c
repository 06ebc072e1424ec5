/* gradcheck: n=4 lo=-2 hi=2 */
/* relu written with fmax and a clamp with fmin, over a dup array. */
#include <enzyme.h>
#include <math.h>

double relu_sum(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) {
        double r = fmax(x[i], 0.0);
        s += fmin(r * 2.0, 1.5) + r * x[i];
    }
    return s;
}

double f(const double *x) { return relu_sum(x, 4); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)relu_sum, x, g, 4);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 4; i++) {
        double v = x[i];
        if (v <= 0.0) g[i] = 0.0;
        else g[i] = (2.0 * v < 1.5 ? 2.0 : 0.0) + 2.0 * v;
    }
}
