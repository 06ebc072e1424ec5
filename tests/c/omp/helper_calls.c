/* a parallel loop calling helper functions */
#define N 27
#include "omp_check.h"

static double soft(double v) { return log(1 + exp(v)); }
static double mix(double a, double b) { return a * soft(b) + sqrt(1 + a * a); }

static double value(double *x) {
    double s = 0;
#pragma omp parallel for reduction(+ : s) schedule(static)
    for (int i = 0; i < N - 1; i++) s += mix(x[i], x[i + 1]);
    return s;
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
