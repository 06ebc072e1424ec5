/* '#pragma omp atomic' updates of a shared accumulator and of a histogram */
#define N 31
#include "omp_check.h"

static double value(double *x) {
    double s = 0, bins[3] = {0, 0, 0};
#pragma omp parallel for
    for (int i = 0; i < N; i++) {
#pragma omp atomic
        s += x[i] * x[i];
#pragma omp atomic
        bins[i % 3] -= cos(x[i]);
    }
    return s + bins[0] * 2 + bins[1] * bins[2];
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
