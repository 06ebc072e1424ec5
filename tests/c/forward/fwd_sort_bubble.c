/* gradcheck: n=4 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double *x, int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j + 1 < n - i; j++)
            if (x[j] > x[j + 1]) { double t = x[j]; x[j] = x[j + 1]; x[j + 1] = t; }
    return x[0] * 1 + x[1] * 2 + x[2] * 3 + x[3] * 4;
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
