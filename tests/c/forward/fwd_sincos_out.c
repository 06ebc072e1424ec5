/* gradcheck: n=1 lo=-3 hi=3 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;
void sincos(double, double *, double *);
static double g(double a) {
    double s, c;
    sincos(a * a, &s, &c);
    return s * c + s;
}

double f(const double *x) { return g(x[0]); }

double jvp(const double *x, const double *v) { return __enzyme_fwddiff((void *)g, x[0], v[0]); }
