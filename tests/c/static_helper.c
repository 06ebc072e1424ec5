/* gradcheck: n=2 lo=-2 hi=2 */
/* Small static helpers called from the differentiated function (inlined before AD). */
#include <enzyme.h>
#include <math.h>

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

static double sq(double v) { return v * v; }
static double smooth(double v) { return sq(v) / (1.0 + sq(v)); }

double helpers(double x, double y) { return smooth(x * y) + sq(x - y) * 0.5; }

double f(const double *x) { return helpers(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)helpers, x[0], x[1]);
    g[0] = d.a;
    g[1] = d.b;
}
void analytic(const double *x, double *g) {
    double p = x[0] * x[1], q = 1.0 + p * p, ds = 2.0 * p / (q * q);
    g[0] = ds * x[1] + (x[0] - x[1]);
    g[1] = ds * x[0] - (x[0] - x[1]);
}
