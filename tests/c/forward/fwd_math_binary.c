/* gradcheck: n=2 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double a0, double a1) {
    return pow(fabs(a0) + 1, a1) + atan2(a0, a1 + 3) + hypot(a0, a1) + fmax(a0, a1) * fmin(a0, a1)
        + copysign(a0, a1) + fmod(a0 + 5, 1.3) + fdim(a0, a1);
}

double f(const double *x) { return g(x[0], x[1]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1]);
}
