/* gradcheck: n=1 lo=0.5 hi=3 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double a0) {
    return tgamma(a0) + lgamma(a0) + j0(a0) + y1(a0) + jn(2, a0);
}

double f(const double *x) { return g(x[0]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0]);
}
