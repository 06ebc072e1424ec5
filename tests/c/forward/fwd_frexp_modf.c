/* gradcheck: n=1 lo=0.3 hi=7 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double a) {
    int e;
    double ip, m = frexp(a * a, &e);
    double fr = modf(a * 3, &ip);
    return m * e + fr * fr;
}

double f(const double *x) { return g(x[0]); }

double jvp(const double *x, const double *v) { return __enzyme_fwddiff((void *)g, x[0], v[0]); }
