/* parallel reduction(+): f = sum sin(x[i]) * x[i] */
#define N 41
#include "omp_check.h"

static double value(double *x) {
    double s = 0;
#pragma omp parallel for reduction(+ : s)
    for (int i = 0; i < N; i++) s += sin(x[i]) * x[i];
    return s;
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
