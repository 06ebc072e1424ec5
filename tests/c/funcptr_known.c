/* gradcheck: n=1 lo=-2 hi=2 */
/* A call through a function pointer whose target is known at compile time. */
#include <enzyme.h>
#include <math.h>

typedef double (*unary)(double);
static double cube(double x) { return x * x * x; }
static double apply(unary g, double x) { return g(x) + sin(x); }
double h(double x) { unary g = cube; return apply(g, x) * 2; }

double f(const double *x) { return h(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(h, x[0]); }
void analytic(const double *x, double *g) { g[0] = 2 * (3 * x[0] * x[0] + cos(x[0])); }
