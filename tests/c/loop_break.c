/* gradcheck: n=1 lo=0.1 hi=2
 * point: 0.002
 */
/* break out of a for loop when the active accumulator passes a threshold. */
#include <enzyme.h>

double capped(double x) {
    double s = 0.0;
    for (int i = 1; i < 100; i++) {
        s += x * i;
        if (s > 20.0)
            break;
    }
    return s * s;
}

double f(const double *x) { return capped(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(capped, x[0]); }
void analytic(const double *x, double *g) {
    double s = 0.0, ds = 0.0;
    for (int i = 1; i < 100; i++) {
        s += x[0] * i;
        ds += i;
        if (s > 20.0) break;
    }
    g[0] = 2.0 * s * ds;
}
