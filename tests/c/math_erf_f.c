/* gradcheck: n=1 lo=-2 hi=2 float */
/* erff, erfcf. */
#include <enzyme.h>
#include <math.h>

float __enzyme_autodiff_f(void *, float);

float erf_f(float x) { return erff(x) * x + erfcf(0.5f * x); }

double f(const double *x) { return erf_f((float)x[0]); }
void grad(const double *x, double *g) { g[0] = __enzyme_autodiff_f((void *)erf_f, (float)x[0]); }
void analytic(const double *x, double *g) {
    double v = (float)x[0], k = 2.0 / sqrt(M_PI);
    g[0] = k * exp(-v * v) * v + erf(v) - 0.5 * k * exp(-0.25 * v * v);
}
