/* gradcheck: n=4 lo=-2 hi=2 */
/* memcpy of active memory between two dup buffers, then a loss over the copy. */
#include <enzyme.h>
#include <string.h>

double copy(const double *x, double *y, int n) {
    memcpy(y, x, n * sizeof(double));
    double s = 0.0;
    for (int i = 0; i < n; i++) s += y[i] * y[i] * (i + 1);
    return s;
}

double f(const double *x) {
    double y[4];
    return copy(x, y, 4);
}
void grad(const double *x, double *g) {
    double y[4], dy[4] = {0};
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)copy, x, g, y, dy, 4);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 2.0 * x[i] * (i + 1);
}
