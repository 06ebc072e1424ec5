/* gradcheck: n=2 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double a, double b, int k) { return a * a * b + k * b; }

double f(const double *x) { return g(x[0], x[1], 3); }

double jvp(const double *x, const double *v) {
    /* b is constant: its part comes from a second call with a constant */
    double da = __enzyme_fwddiff((void *)g, enzyme_dup, x[0], v[0], enzyme_const, x[1], 3);
    double db = __enzyme_fwddiff((void *)g, enzyme_const, x[0], x[1], v[1], 3);
    return da + db;
}
