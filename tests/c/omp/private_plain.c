/* per-iteration private memory: only x is read, at the loop index: plain adjoint adds */
#define N 39
#include "omp_check.h"

static void kernel(double *x, double *y) {
#pragma omp parallel for schedule(static)
    for (int i = 0; i < N; i++) y[i] = x[i] * exp(-x[i] * x[i]);
}
static double value(double *x, double *y) {
    kernel(x, y);
    double s = 0;
    for (int i = 0; i < N; i++) s += y[i] * (1 + 0.05 * i);
    return s;
}
static double f(double *x) { double y[N]; return value(x, y); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double y[N], dy[N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, y, dy);
}
