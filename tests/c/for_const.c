/* gradcheck: n=1 lo=-1.5 hi=1.5 */
/* A for loop with a constant trip count: x is repeatedly squashed and scaled. */
#include <enzyme.h>
#include <math.h>

double iterate(double x) {
    double y = x;
    for (int i = 0; i < 10; i++)
        y = 0.9 * y + 0.1 * sin(y);
    return y * x;
}

double f(const double *x) { return iterate(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(iterate, x[0]); }
void analytic(const double *x, double *g) {
    double y = x[0], dy = 1.0;
    for (int i = 0; i < 10; i++) {
        dy = (0.9 + 0.1 * cos(y)) * dy;
        y = 0.9 * y + 0.1 * sin(y);
    }
    g[0] = dy * x[0] + y;
}
