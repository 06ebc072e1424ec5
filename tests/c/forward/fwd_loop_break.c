/* gradcheck: n=2 lo=0 hi=2 tangent
 * point: 0.05, 0.05
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double a0, double a1) {
    double s = 0;
    for (int i = 0; i < 10; i++) {
        s += a0 * i + a1;
        if (s > 6) break;
    }
    return s;
}

double f(const double *x) { return g(x[0], x[1]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1]);
}
