/* gradcheck: n=2 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

typedef struct { double primal, tangent; } pair;
pair __enzyme_fwddiff_pair(void *, ...) __asm__("__enzyme_fwddiff");
static double g(double a, double b) { return sin(a) * b; }

double f(const double *x) { return g(x[0], x[1]); }

double jvp(const double *x, const double *v) {
    pair p = __enzyme_fwddiff_pair((void *)g, enzyme_primal_return, x[0], v[0], x[1], v[1]);
    if (p.primal != g(x[0], x[1])) return NAN;
    return p.tangent;
}
