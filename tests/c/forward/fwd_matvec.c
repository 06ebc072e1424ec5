/* gradcheck: n=4 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double *x, int n) {
    double A[2][2] = {{x[0], x[1]}, {x[2], x[3]}}, b[2] = {x[3], x[0]}, y[2];
    for (int i = 0; i < 2; i++) { y[i] = 0; for (int j = 0; j < 2; j++) y[i] += A[i][j] * b[j]; }
    return y[0] * y[1];
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
