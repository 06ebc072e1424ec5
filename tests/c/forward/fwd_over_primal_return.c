/* gradcheck: n=2 lo=-2 hi=2 tangent */
/* Forward over reverse with enzyme_primal_return: the inner reverse call returns {h, dh/da},
 * and f = h + 0.5 dh/da is differentiated in forward mode, so both fields' tangents enter the
 * result (a field lost or swapped changes the directional derivative). */
#include <enzyme.h>
#include <math.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_primal_return, enzyme_const, enzyme_dup;
typedef struct { double value, da; } value_grad;
value_grad __enzyme_autodiff_vg(void *, ...) __asm__("__enzyme_autodiff");

static double h(double a, double b) { return sin(a * b) + a * a * b; }

static double both(double a, double b) {
    value_grad r = __enzyme_autodiff_vg((void *)h, enzyme_primal_return, a, enzyme_const, b);
    return r.value + 0.5 * r.da;
}

double f(const double *x) {
    double a = x[0], b = x[1];
    return h(a, b) + 0.5 * (b * cos(a * b) + 2 * a * b);
}

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)both, x[0], v[0], x[1], v[1]);
}
