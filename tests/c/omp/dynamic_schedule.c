/* schedule(dynamic, 2): chunks go to whichever thread asks; each reverses its own */
#define N 33
#include "omp_check.h"

static void kernel(double *x, double *y) {
#pragma omp parallel for schedule(dynamic, 2)
    for (int i = 0; i < N; i++) y[i] = log(1.5 + x[i]) * x[(i + 1) % N];
}
static double value(double *x, double *y) {
    kernel(x, y);
    double s = 0;
    for (int i = 0; i < N; i++) s += y[i] * y[i];
    return s;
}
static double f(double *x) { double y[N]; return value(x, y); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double y[N], dy[N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, y, dy);
}
