/* gradcheck: n=1 lo=0.2 hi=3 */
/* A while loop whose exit depends on active data: grow y until it passes 100. */
#include <enzyme.h>

double grow(double x) {
    double y = x;
    while (y < 100.0)
        y = y * 1.7 + x;
    return y;
}

double f(const double *x) { return grow(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(grow, x[0]); }
void analytic(const double *x, double *g) {
    double y = x[0], dy = 1.0;
    while (y < 100.0) {
        y = y * 1.7 + x[0];
        dy = dy * 1.7 + 1.0;
    }
    g[0] = dy;
}
