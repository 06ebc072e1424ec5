/* gradcheck: n=1 lo=-0.5 hi=0.5 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double *x, int n) {
    double s = 0;
    for (int i = 1; i <= 12; i++) s += pow(x[0], i) / i;
    return s;
}

double f(const double *x) {
    double y[1];
    memcpy(y, x, sizeof y);
    return g(y, 1);
}

double jvp(const double *x, const double *v) {
    double y[1], dy[1];
    memcpy(y, x, sizeof y);
    memcpy(dy, v, sizeof dy);
    return __enzyme_fwddiff((void *)g, y, dy, 1);
}
