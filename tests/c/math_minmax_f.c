/* gradcheck: n=1 lo=-2 hi=2 float */
/* fabsf, fminf, fmaxf, copysignf. */
#include <enzyme.h>
#include <math.h>

float __enzyme_autodiff_f(void *, float);

float mmf(float x) { return fabsf(x) * 3.0f + fminf(x, 0.5f) + fmaxf(x * x, 1.0f) + copysignf(x, x - 0.3f); }

double f(const double *x) { return mmf((float)x[0]); }
void grad(const double *x, double *g) { g[0] = __enzyme_autodiff_f((void *)mmf, (float)x[0]); }
void analytic(const double *x, double *g) {
    double v = (float)x[0];
    g[0] = (v < 0 ? -3.0 : 3.0) + (v <= 0.5 ? 1.0 : 0.0) + (v * v >= 1.0 ? 2.0 * v : 0.0)
         + (v < 0 ? -1.0 : 1.0) * (v - 0.3 < 0 ? -1.0 : 1.0);
}
