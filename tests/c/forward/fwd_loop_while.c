/* gradcheck: n=2 lo=0.5 hi=2 tangent
 * point: -3, 0.1
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double a0, double a1) {
    double s = a0;
    int k = 0;
    while (s < 10.0 && k < 20) { s = s * 1.5 + a1 * a1; k++; }
    return s;
}

double f(const double *x) { return g(x[0], x[1]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1]);
}
