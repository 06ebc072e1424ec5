/* gradcheck: n=1 lo=-2 hi=2 float */
/* A float (not double) function: float arithmetic, float result, float adjoint. */
#include <enzyme.h>

/* a prototype, not `...`: a variadic call would promote the float argument to double */
float __enzyme_autodiff_f(void *, float);

float cubicf(float x) { return 0.5f * x * x * x - 2.0f * x + 1.0f / (1.0f + x * x); }

double f(const double *x) { return cubicf((float)x[0]); }
void grad(const double *x, double *g) {
    g[0] = __enzyme_autodiff_f((void *)cubicf, (float)x[0]);
}
void analytic(const double *x, double *g) {
    float v = (float)x[0], q = 1.0f + v * v;
    g[0] = 1.5f * v * v - 2.0f - 2.0f * v / (q * q);
}
