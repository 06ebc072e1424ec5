/* gradcheck: n=2 lo=-2 hi=2 float tangent */
/* enzyme_primal_return on a float function: the C ABI returns a struct of two floats as
 * <2 x float> in one register, which the call must accept as {primal, tangent}. */
#include <math.h>

extern int enzyme_primal_return;
typedef struct { float primal, tangent; } fpair;
fpair __enzyme_fwddiff(void *, ...);
static float g(float a, float b) { return sinf(a) * b + a * a; }

double f(const double *x) { return g((float)x[0], (float)x[1]); }

double jvp(const double *x, const double *v) {
    fpair p = __enzyme_fwddiff((void *)g, enzyme_primal_return, (float)x[0], (float)v[0],
                               (float)x[1], (float)v[1]);
    if (p.primal != g((float)x[0], (float)x[1])) return NAN;
    return p.tangent;
}
