/* gradcheck: n=1 lo=-2 hi=2 */
/* A loop whose body branches on active data every iteration. */
#include <enzyme.h>
#include <math.h>

double zigzag(double x) {
    double y = x;
    for (int i = 0; i < 12; i++) {
        if (y > 0.0)
            y = y - 0.3 * y * y;
        else
            y = cos(y) + 0.2 * y;
    }
    return y;
}

double f(const double *x) { return zigzag(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(zigzag, x[0]); }
void analytic(const double *x, double *g) {
    double y = x[0], dy = 1.0;
    for (int i = 0; i < 12; i++) {
        if (y > 0.0) { dy *= 1.0 - 0.6 * y; y = y - 0.3 * y * y; }
        else { dy *= -sin(y) + 0.2; y = cos(y) + 0.2 * y; }
    }
    g[0] = dy;
}
