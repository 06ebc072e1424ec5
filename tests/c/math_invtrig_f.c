/* gradcheck: n=1 lo=-0.9 hi=0.9 float */
/* asinf, acosf, atanf, atan2f. */
#include <enzyme.h>
#include <math.h>

float __enzyme_autodiff_f(void *, float);

float invf(float x) { return asinf(x) + acosf(0.8f * x) * x + atanf(2.0f * x) + atan2f(x, 1.5f + x * x); }

double f(const double *x) { return invf((float)x[0]); }
void grad(const double *x, double *g) { g[0] = __enzyme_autodiff_f((void *)invf, (float)x[0]); }
void analytic(const double *x, double *g) {
    double v = (float)x[0], u = 1.5 + v * v, r = u * u + v * v;
    g[0] = 1.0 / sqrt(1.0 - v * v) + acos(0.8 * v) - 0.8 * v / sqrt(1.0 - 0.64 * v * v)
         + 2.0 / (1.0 + 4.0 * v * v) + (u - v * 2.0 * v) / r;
}
