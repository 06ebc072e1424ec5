/* gradcheck: n=3 lo=0.6 hi=1.8 */
/* Math functions known by other names, each refused as an external function before: glibc's
 * gamma (lgamma), significand (x scaled into [1, 2): derivative 2^-ilogb(x)), drem
 * (remainder), C23's fmaximum and fminimum (LLVM's maximum and minimum).
 * (__builtin_canonicalize, which gcc lacks: tests/c/selfcheck/math_nan_edges.c.) */
#define _GNU_SOURCE
#include <enzyme.h>
#include <math.h>

static double names(const double *x) {
    double a = x[0], b = x[1], c = x[2];
    return gamma(a + 1.0) * b + significand(3.0 * c) + drem(a * b, 0.7) +
           fmaximum(a, c) * 2.0 + fminimum(b, c);
}

double f(const double *x) { return names(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    __enzyme_autodiff((void *)names, enzyme_dup, x, g);
}
