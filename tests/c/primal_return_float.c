/* gradcheck: n=2 lo=-2 hi=2 float */
/* enzyme_primal_return in single precision: {value, dx} as a struct of two floats, which the
 * C ABI returns as one <2 x float> register. */
#include <enzyme.h>
#include <math.h>

extern int enzyme_primal_return, enzyme_const;
typedef struct { float value, dx; } value_grad_f;
value_grad_f __enzyme_autodiff_vgf(void *, ...) __asm__("__enzyme_autodiff");

static float k(float x, float y) { return x * x * y + sinf(x * y); }

double f(const double *x) { return k((float)x[0], (float)x[1]); }

void grad(const double *x, double *g) {
    value_grad_f r = __enzyme_autodiff_vgf((void *)k, enzyme_primal_return, (float)x[0],
                                           enzyme_const, (float)x[1]);
    value_grad_f s = __enzyme_autodiff_vgf((void *)k, enzyme_primal_return, enzyme_const,
                                           (float)x[0], (float)x[1]);
    float want = k((float)x[0], (float)x[1]);
    int ok = fabsf(r.value - want) <= 1e-6f * (1 + fabsf(want)) && r.value == s.value;
    g[0] = ok ? r.dx : NAN;
    g[1] = ok ? s.dx : NAN;
}
