/* a recursive helper of scalars in a parallel loop: split into its own augmented forward
 * and reverse (heap tape records: the reverse runs in another fork call) */
#define N 14
#include "omp_check.h"

static double power(double x, int n) { return n == 0 ? 1.0 : x * power(x, n - 1) + 0.1 * x; }

static double value(double *x) {
    double s = 0;
#pragma omp parallel for reduction(+ : s) schedule(dynamic)
    for (int i = 0; i < N; i++) s += power(x[i], i % 5);
    return s;
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
