/* a parallel loop accumulating into a shared sum inside a critical section */
#define N 23
#include "omp_check.h"

static double value(double *x) {
    double s = 0;
#pragma omp parallel for
    for (int i = 0; i < N; i++) {
        double t = exp(0.3 * x[i]) * x[i];
#pragma omp critical
        s += t * s * 0.01 + t;
    }
    return s;
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
