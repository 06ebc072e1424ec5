/* gradcheck: n=1 lo=0.3 hi=2.5 float */
/* powf with an active base and an active exponent. */
#include <enzyme.h>
#include <math.h>

float __enzyme_autodiff_f(void *, float);

float pwf(float x) { return powf(x, 0.5f + 0.5f * x) + powf(x, 3.0f); }

double f(const double *x) { return pwf((float)x[0]); }
void grad(const double *x, double *g) { g[0] = __enzyme_autodiff_f((void *)pwf, (float)x[0]); }
void analytic(const double *x, double *g) {
    double v = (float)x[0], e = 0.5 + 0.5 * v, p = pow(v, e);
    g[0] = p * (0.5 * log(v) + e / v) + 3.0 * v * v;
}
