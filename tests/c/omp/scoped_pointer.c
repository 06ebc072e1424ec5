/* the region reads through a pointer variable whose scope (and stack slot's lifetime) ends
 * before the reverse sweep runs: the slot is not re-read there, so y[i] is taped
 * (test_reload.py checks the remark) */
#define N 37
#include "omp_check.h"

static double value(double *x) {
    double s = 0;
    {
        double *y = x + 1;
#pragma omp parallel for reduction(+ : s) schedule(static)
        for (int i = 0; i < N - 1; i++) s += y[i] * y[i] * x[0];
    }
    return log(s);
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
