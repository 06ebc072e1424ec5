/* gradcheck: n=1 lo=-2 hi=2 float */
/* fmaf with the active value in every operand position. */
#include <enzyme.h>
#include <math.h>

float __enzyme_autodiff_f(void *, float);

float fmf(float x) { return fmaf(x, 2.0f, 1.0f) * x + fmaf(3.0f, x * x, x) + fmaf(x, x, x); }

double f(const double *x) { return fmf((float)x[0]); }
void grad(const double *x, double *g) { g[0] = __enzyme_autodiff_f((void *)fmf, (float)x[0]); }
void analytic(const double *x, double *g) {
    double v = (float)x[0];
    g[0] = 4.0 * v + 1.0 + 6.0 * v + 1.0 + 2.0 * v + 1.0;
}
