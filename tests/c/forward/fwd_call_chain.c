/* gradcheck: n=2 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;
static double a(double x) { return sin(x) * x; }
static double b(double x) { return a(x) + a(2 * x); }
static double c(double x, double y) { return b(x) * y + a(y); }

static double g(double a0, double a1) {
    return c(a0, a1) + b(a1) * 2;
}

double f(const double *x) { return g(x[0], x[1]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1]);
}
