/* reduction(max): f = max_i (x[i]^2 + 0.01 i) + sum x */
#define N 29
#include "omp_check.h"

static double value(double *x) {
    double m = -1e300, s = 0;
#pragma omp parallel for reduction(max : m) reduction(+ : s)
    for (int i = 0; i < N; i++) {
        double v = x[i] * x[i] + 0.01 * i;
        m = v > m ? v : m;
        s += x[i];
    }
    return m + s;
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
