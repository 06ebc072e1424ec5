/* gradcheck: n=1 lo=-3 hi=3 */
/* floor, ceil, trunc, round (double): zero derivative almost everywhere, so only the
 * smooth factors contribute. */
#include <enzyme.h>
#include <math.h>

double rnd(double x) { return floor(x) * x + ceil(0.7 * x) * x * x + trunc(x * 1.3) + round(x) * 2.0 * x; }

double f(const double *x) { return rnd(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(rnd, x[0]); }
void analytic(const double *x, double *g) {
    double v = x[0];
    g[0] = floor(v) + ceil(0.7 * v) * 2.0 * v + round(v) * 2.0;
}
