/* gradcheck: n=1 lo=-2 hi=2 */
/* erf, erfc (double). */
#include <enzyme.h>
#include <math.h>

double er(double x) { return erf(x) * x + erfc(0.5 * x); }

double f(const double *x) { return er(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(er, x[0]); }
void analytic(const double *x, double *g) {
    double v = x[0], k = 2.0 / sqrt(M_PI);
    g[0] = k * exp(-v * v) * v + erf(v) - 0.5 * k * exp(-0.25 * v * v);
}
