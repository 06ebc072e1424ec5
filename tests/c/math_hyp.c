/* gradcheck: n=1 lo=-2 hi=2 */
/* sinh, cosh, tanh (double). */
#include <enzyme.h>
#include <math.h>

double hyp(double x) { return sinh(x) * 0.5 + cosh(0.7 * x) + tanh(x * x - 1.0); }

double f(const double *x) { return hyp(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(hyp, x[0]); }
void analytic(const double *x, double *g) {
    double v = x[0], t = tanh(v * v - 1.0);
    g[0] = cosh(v) * 0.5 + 0.7 * sinh(0.7 * v) + (1.0 - t * t) * 2.0 * v;
}
