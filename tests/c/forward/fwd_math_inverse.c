/* gradcheck: n=1 lo=-1.5 hi=1.5 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double a0) {
    return asin(a0 / 2) + acos(a0 / 3) + asinh(a0) + acosh(2 + a0 * a0) + atanh(a0 / 2);
}

double f(const double *x) { return g(x[0]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0]);
}
