/* gradcheck: n=2 lo=0.1 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double a0, double a1) {
    int k = (int)(a0 * 2);
    double s = a1;
    for (int i = 0; i < (k > 0 ? k : -k) + 1; i++) s = s * a0 + i;
    return s;
}

double f(const double *x) { return g(x[0], x[1]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1]);
}
