/* num_threads(2) clause and schedule(guided) */
#define N 28
#include "omp_check.h"

static double value(double *x) {
    double s = 0;
#pragma omp parallel for num_threads(2) schedule(guided) reduction(+ : s)
    for (int i = 0; i < N; i++) s += x[i] / (1.0 + x[(i + 5) % N] * x[(i + 5) % N]);
    return s;
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
