/* gradcheck: n=3 lo=-2 hi=2 */
/* enzyme_primal_return in reverse mode with a pointer argument (enzyme_dup) and one active
 * scalar: {value, d/dscale} comes back in two registers (a struct of two doubles), the
 * array's adjoint through its shadow; the value must equal the function's own. */
#include <enzyme.h>
#include <math.h>

extern int enzyme_primal_return, enzyme_dup, enzyme_const;
typedef struct { double value, dscale; } value_grad1;
value_grad1 __enzyme_autodiff_vg1(void *, ...) __asm__("__enzyme_autodiff");

static double energy(const double *v, double scale, int n) {
    double e = 0.0;
    for (int i = 0; i < n; i++) e += scale * v[i] * v[i] + sin(scale * v[i]);
    return e;
}

double f(const double *x) { return energy(x, x[2], 2); }

void grad(const double *x, double *g) {
    double d[3] = {0.0, 0.0, 0.0};
    value_grad1 r = __enzyme_autodiff_vg1((void *)energy, enzyme_primal_return, enzyme_dup, x, d,
                                          x[2], enzyme_const, 2);
    int ok = fabs(r.value - energy(x, x[2], 2)) <= 1e-13 * (1 + fabs(r.value));
    g[0] = ok ? d[0] : NAN;
    g[1] = ok ? d[1] : NAN;
    g[2] = ok ? d[2] + r.dscale : NAN;
}
