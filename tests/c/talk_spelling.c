/* gradcheck: n=1 lo=-2 hi=2 */
/* The talk's spelling: __builtin_autodiff with diffe_const for a constant argument. */
#include <enzyme.h>
#include <math.h>

double scaled(double x, double k) { return k * sin(x) * x; }

static volatile double K = 2.5;

double f(const double *x) { return scaled(x[0], K); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(scaled, x[0], diffe_const, K); }
void analytic(const double *x, double *g) { g[0] = K * (cos(x[0]) * x[0] + sin(x[0])); }
