/* gradcheck: n=1 lo=0.2 hi=3 float */
/* sqrtf, cbrtf, hypotf. */
#include <enzyme.h>
#include <math.h>

float __enzyme_autodiff_f(void *, float);

float rootsf(float x) { return sqrtf(3.0f * x) + cbrtf(x - 4.0f) + hypotf(x, 1.0f + x * x); }

double f(const double *x) { return rootsf((float)x[0]); }
void grad(const double *x, double *g) { g[0] = __enzyme_autodiff_f((void *)rootsf, (float)x[0]); }
void analytic(const double *x, double *g) {
    double v = (float)x[0], c = cbrt(v - 4.0), w = 1.0 + v * v, h = hypot(v, w);
    g[0] = 1.5 / sqrt(3.0 * v) + 1.0 / (3.0 * c * c) + (v + w * 2.0 * v) / h;
}
