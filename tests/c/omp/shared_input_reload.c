/* a map-reduce reading its input through the region's capture slot: the reverse loads
 * x[i] again (nothing writes x) instead of taping it; test_reload.py checks the remark */
#define N 41
#include "omp_check.h"

static double value(double *x) {
    double s = 0;
#pragma omp parallel for reduction(+ : s) schedule(static)
    for (int i = 0; i < N; i++) s += x[i] * x[i] * x[i];
    return log(s);
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
