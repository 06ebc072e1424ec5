/* gradcheck: n=3 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double a0, double a1, double a2) {
    double a[3] = {a0, a1, a2}, b[4];
    memset(b, 0, sizeof b);
    memcpy(b + 1, a, sizeof a);
    return b[0] + b[1] * b[2] + b[3] * b[3];
}

double f(const double *x) { return g(x[0], x[1], x[2]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1], x[2], v[2]);
}
