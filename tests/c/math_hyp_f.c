/* gradcheck: n=1 lo=-2 hi=2 float */
/* sinhf, coshf, tanhf. */
#include <enzyme.h>
#include <math.h>

float __enzyme_autodiff_f(void *, float);

float hypf(float x) { return sinhf(x) * 0.5f + coshf(0.7f * x) + tanhf(x * x - 1.0f); }

double f(const double *x) { return hypf((float)x[0]); }
void grad(const double *x, double *g) { g[0] = __enzyme_autodiff_f((void *)hypf, (float)x[0]); }
void analytic(const double *x, double *g) {
    double v = (float)x[0], t = tanh(v * v - 1.0);
    g[0] = cosh(v) * 0.5 + 0.7 * sinh(0.7 * v) + (1.0 - t * t) * 2.0 * v;
}
