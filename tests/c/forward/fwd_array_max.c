/* gradcheck: n=4 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double *x, int n) {
    double m = x[0];
    for (int i = 1; i < n; i++) if (x[i] > m) m = x[i];
    return m * m;
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
