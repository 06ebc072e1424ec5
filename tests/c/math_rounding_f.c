/* gradcheck: n=1 lo=-3 hi=3 float */
/* floorf, ceilf, truncf, roundf. */
#include <enzyme.h>
#include <math.h>

float __enzyme_autodiff_f(void *, float);

float rndf(float x) { return floorf(x) * x + ceilf(0.7f * x) * x * x + truncf(x * 1.3f) + roundf(x) * 2.0f * x; }

double f(const double *x) { return rndf((float)x[0]); }
void grad(const double *x, double *g) { g[0] = __enzyme_autodiff_f((void *)rndf, (float)x[0]); }
void analytic(const double *x, double *g) {
    double v = (float)x[0];
    g[0] = floor(v) + ceil(0.7 * v) * 2.0 * v + round(v) * 2.0;
}
