/* gradcheck: n=1 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double a0) {
    double r = 1.0;
    for (int i = 0; i < 5; i++) r *= a0;
    return r;
}

double f(const double *x) { return g(x[0]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0]);
}
