/* gradcheck: n=3 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static void g(const double *in, double *out) { out[0] = in[0] * in[1] + exp(in[2] / 4); }

double f(const double *x) { double o; g(x, &o); return o; }

double jvp(const double *x, const double *v) {
    double o = 0, d = 0;
    __enzyme_fwddiff((void *)g, enzyme_dup, x, v, enzyme_dupnoneed, &o, &d);
    return d;
}
