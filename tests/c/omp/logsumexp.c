/* map-reduce: logsumexp with parallel max and sum reductions */
#define N 45
#include "omp_check.h"

static double value(double *x) {
    double m = -1e300, s = 0;
#pragma omp parallel for reduction(max : m)
    for (int i = 0; i < N; i++) m = x[i] > m ? x[i] : m;
#pragma omp parallel for reduction(+ : s)
    for (int i = 0; i < N; i++) s += exp(x[i] - m);
    return m + log(s);
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
