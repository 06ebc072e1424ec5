/* gradcheck: n=2 lo=-2 hi=2 */
/* The same location is stored twice: only the second value reaches the loss. */
#include <enzyme.h>

double twice(const double *x, double *y) {
    y[0] = x[0] * x[1];
    double first = y[0];
    y[0] = x[0] * x[0] * 3.0;
    return y[0] + first * 0.5;
}

double f(const double *x) {
    double y[1];
    return twice(x, y);
}
void grad(const double *x, double *g) {
    double y[1], dy[1] = {0.0};
    g[0] = g[1] = 0.0;
    __enzyme_autodiff((void *)twice, enzyme_dup, x, g, enzyme_dup, y, dy);
}
void analytic(const double *x, double *g) {
    g[0] = 6.0 * x[0] + 0.5 * x[1];
    g[1] = 0.5 * x[0];
}
