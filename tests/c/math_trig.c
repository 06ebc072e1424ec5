/* gradcheck: n=1 lo=-1.2 hi=1.2 */
/* sin, cos, tan (double). */
#include <enzyme.h>
#include <math.h>

double trig(double x) { return sin(x) + cos(2.0 * x) * x + tan(0.5 * x); }

double f(const double *x) { return trig(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(trig, x[0]); }
void analytic(const double *x, double *g) {
    double v = x[0], t = tan(0.5 * v);
    g[0] = cos(v) - 2.0 * sin(2.0 * v) * v + cos(2.0 * v) + 0.5 * (1.0 + t * t);
}
