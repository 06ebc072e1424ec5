/* gradcheck: n=2 lo=0.2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;
#include <complex.h>
static double g(double a, double b) {
    double complex z = a + b * I;
    double complex w = cexp(z) * z / (1.0 + z * z);
    return creal(w) + cabs(w);
}

double f(const double *x) { return g(x[0], x[1]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, x[0], v[0], x[1], v[1]);
}
