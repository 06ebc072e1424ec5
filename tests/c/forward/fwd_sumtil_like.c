/* gradcheck: n=5 lo=-1.5 hi=1.5 tangent */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double g(double *x, int n) {
    double r = 0;
    for (int i = 0; i < n; i++) {
        r += x[i] * x[i];
        if (r > 6) break;
        r += x[i] * x[i];
        x[i] = 0;
    }
    return r;
}

double f(const double *x) {
    double y[5];
    memcpy(y, x, sizeof y);
    return g(y, 5);
}

double jvp(const double *x, const double *v) {
    double y[5], dy[5];
    memcpy(y, x, sizeof y);
    memcpy(dy, v, sizeof dy);
    return __enzyme_fwddiff((void *)g, y, dy, 5);
}
