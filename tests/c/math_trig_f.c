/* gradcheck: n=1 lo=-1.2 hi=1.2 float */
/* sinf, cosf, tanf. */
#include <enzyme.h>
#include <math.h>

float __enzyme_autodiff_f(void *, float);

float trigf(float x) { return sinf(x) + cosf(2.0f * x) * x + tanf(0.5f * x); }

double f(const double *x) { return trigf((float)x[0]); }
void grad(const double *x, double *g) { g[0] = __enzyme_autodiff_f((void *)trigf, (float)x[0]); }
void analytic(const double *x, double *g) {
    double v = (float)x[0], t = tan(0.5 * v);
    g[0] = cos(v) - 2.0 * sin(2.0 * v) * v + cos(2.0 * v) + 0.5 * (1.0 + t * t);
}
