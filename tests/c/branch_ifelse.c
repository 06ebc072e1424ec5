/* gradcheck: n=1 lo=-3 hi=3 */
/* if/else on an active value: each side has a different derivative. */
#include <enzyme.h>
#include <math.h>

double piecewise(double x) {
    double y;
    if (x < 0.5)
        y = x * x * x;
    else
        y = sin(x) + 2.0 * x;
    return y;
}

double f(const double *x) { return piecewise(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(piecewise, x[0]); }
void analytic(const double *x, double *g) {
    g[0] = x[0] < 0.5 ? 3.0 * x[0] * x[0] : cos(x[0]) + 2.0;
}
