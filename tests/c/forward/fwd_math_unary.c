/* gradcheck: n=1 lo=-1.5 hi=1.5 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double a0) {
    return sin(a0) + cos(a0) * tan(a0 / 4) + exp(a0 / 3) + log(2.5 + a0) + sqrt(3 + a0)
        + atan(a0) + sinh(a0 / 2) + cosh(a0 / 3) + tanh(a0) + cbrt(a0 + 3) + erf(a0)
        + log1p(a0 + 2) + expm1(a0 / 2) + exp2(a0) + log2(a0 + 3) + log10(a0 + 3);
}

double f(const double *x) { return g(x[0]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0]);
}
