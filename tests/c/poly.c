/* gradcheck: n=1 lo=-3 hi=3 */
/* A cubic polynomial of one scalar: the simplest active scalar in, scalar out. */
#include <enzyme.h>

double poly(double x) { return 2.0 * x * x * x - 3.0 * x * x + 5.0 * x - 7.0; }

double f(const double *x) { return poly(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(poly, x[0]); }
void analytic(const double *x, double *g) { g[0] = 6.0 * x[0] * x[0] - 6.0 * x[0] + 5.0; }
