/* gradcheck: n=2 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double a0, double a1) {
    double *t = calloc(2, sizeof *t);
    t[0] = a0; t[1] = a1;
    t = realloc(t, 4 * sizeof *t);
    t[2] = t[0] * t[1]; t[3] = sin(t[2]);
    double s = t[0] + t[1] + t[2] * t[3];
    free(t);
    return s;
}

double f(const double *x) { return g(x[0], x[1]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1]);
}
