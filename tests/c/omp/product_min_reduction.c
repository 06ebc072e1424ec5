/* reduction(*) and reduction(min): combinations that depend on every partial result */
#define N 18
#include "omp_check.h"

static double value(double *x) {
    double p = 1, lo = 1e300;
#pragma omp parallel for reduction(* : p) reduction(min : lo)
    for (int i = 0; i < N; i++) {
        p *= 1.0 + 0.2 * x[i];
        double v = cos(x[i]) + 0.01 * i;
        lo = v < lo ? v : lo;
    }
    return p + 3 * lo;
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
