/* gradcheck: n=1 lo=0.2 hi=4 */
/* log, log2, log10, log1p (double). */
#include <enzyme.h>
#include <math.h>

double lg(double x) { return log(x) * x + log2(1.0 + x * x) + log10(3.0 * x) + log1p(0.5 * x); }

double f(const double *x) { return lg(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(lg, x[0]); }
void analytic(const double *x, double *g) {
    double v = x[0];
    g[0] = log(v) + 1.0 + 2.0 * v / ((1.0 + v * v) * log(2.0)) + 1.0 / (v * log(10.0))
         + 0.5 / (1.0 + 0.5 * v);
}
