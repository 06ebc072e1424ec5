/* gradcheck: n=1 lo=0.2 hi=1.5 */
/* return from inside a loop body: the loop has two exits with different results. */
#include <enzyme.h>

double search(double x) {
    double y = x;
    for (int i = 0; i < 50; i++) {
        y = y * y + 0.25 * x;
        if (y > 4.0)
            return y * i;
    }
    return -y;
}

double f(const double *x) { return search(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(search, x[0]); }
void analytic(const double *x, double *g) {
    double y = x[0], dy = 1.0;
    for (int i = 0; i < 50; i++) {
        dy = 2.0 * y * dy + 0.25;
        y = y * y + 0.25 * x[0];
        if (y > 4.0) { g[0] = dy * i; return; }
    }
    g[0] = -dy;
}
