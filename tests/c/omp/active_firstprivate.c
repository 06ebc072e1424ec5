/* an active scalar passed firstprivate and a shared active scalar, default(none) */
#define N 25
#include "omp_check.h"

static double kernel(double *x, double a, double *b) {
    double s = 0;
#pragma omp parallel for default(none) firstprivate(a) shared(x, b) reduction(+ : s)
    for (int i = 0; i < N - 2; i++) s += a * x[i] * x[i] + *b * x[i];
    return s;
}
static double value(double *x) { return kernel(x, x[N - 2] * 2.0, &x[N - 1]); }
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
