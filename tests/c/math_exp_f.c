/* gradcheck: n=1 lo=-2 hi=2 float */
/* expf, exp2f, expm1f. */
#include <enzyme.h>
#include <math.h>

float __enzyme_autodiff_f(void *, float);

float exf(float x) { return expf(0.5f * x) + exp2f(x) * x + expm1f(-x * x); }

double f(const double *x) { return exf((float)x[0]); }
void grad(const double *x, double *g) { g[0] = __enzyme_autodiff_f((void *)exf, (float)x[0]); }
void analytic(const double *x, double *g) {
    double v = (float)x[0];
    g[0] = 0.5 * exp(0.5 * v) + exp2(v) * log(2.0) * v + exp2(v) - 2.0 * v * exp(-v * v);
}
