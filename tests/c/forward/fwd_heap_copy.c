/* gradcheck: n=3 lo=-2 hi=2 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double *x, int n) {
    double *c = malloc(n * sizeof *c);
    memcpy(c, x, n * sizeof *c);
    for (int i = 0; i < n; i++) c[i] = cos(c[i]) * x[(i + 1) % n];
    double s = 0;
    for (int i = 0; i < n; i++) s += c[i];
    free(c);
    return s;
}

double f(const double *x) {
    double y[3];
    memcpy(y, x, sizeof y);
    return g(y, 3);
}

double jvp(const double *x, const double *v) {
    double y[3], dy[3];
    memcpy(y, x, sizeof y);
    memcpy(dy, v, sizeof dy);
    return __enzyme_fwddiff((void *)g, y, dy, 3);
}
