/* gradcheck: n=4 lo=-2 hi=2 */
/* Writes through a dup pointer: y = tanh-free map of x, then a scalar loss read back. */
#include <enzyme.h>
#include <math.h>

double mapsum(const double *x, double *y, int n) {
    for (int i = 0; i < n; i++)
        y[i] = exp(0.3 * x[i]) * x[i];
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += y[i] * y[(i + 1) % n];
    return s;
}

double f(const double *x) {
    double y[4];
    return mapsum(x, y, 4);
}
void grad(const double *x, double *g) {
    double y[4], dy[4] = {0};
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)mapsum, enzyme_dup, x, g, enzyme_dup, y, dy, enzyme_const, 4);
}
void analytic(const double *x, double *g) {
    double y[4], d[4];
    for (int i = 0; i < 4; i++) {
        y[i] = exp(0.3 * x[i]) * x[i];
        d[i] = exp(0.3 * x[i]) * (1.0 + 0.3 * x[i]);
    }
    for (int i = 0; i < 4; i++)
        g[i] = d[i] * (y[(i + 1) % 4] + y[(i + 3) % 4]);
}
