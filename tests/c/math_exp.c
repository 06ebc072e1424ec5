/* gradcheck: n=1 lo=-2 hi=2 */
/* exp, exp2, expm1 (double). */
#include <enzyme.h>
#include <math.h>

double ex(double x) { return exp(0.5 * x) + exp2(x) * x + expm1(-x * x); }

double f(const double *x) { return ex(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(ex, x[0]); }
void analytic(const double *x, double *g) {
    double v = x[0];
    g[0] = 0.5 * exp(0.5 * v) + exp2(v) * log(2.0) * v + exp2(v) - 2.0 * v * exp(-v * v);
}
