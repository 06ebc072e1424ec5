/* gradcheck: n=4 lo=-1 hi=1 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double *x, int n) {
    for (int i = 1; i < n; i++) x[i] = x[i] * x[i - 1] + 1;
    return x[n - 1];
}

double f(const double *x) {
    double y[4];
    memcpy(y, x, sizeof y);
    return g(y, 4);
}

double jvp(const double *x, const double *v) {
    double y[4], dy[4];
    memcpy(y, x, sizeof y);
    memcpy(dy, v, sizeof dy);
    return __enzyme_fwddiff((void *)g, y, dy, 4);
}
