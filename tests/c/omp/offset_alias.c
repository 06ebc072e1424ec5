/* two read arrays that are one array at an offset: b[i] is a[i + 1], so iterations i and
 * i + 1 (maybe on two threads) both read element i + 1: its adjoint updates are atomic */
#define N 40
#include "omp_check.h"

static void kernel(const double *a, const double *b, double *y, int n) {
#pragma omp parallel for schedule(static, 1)
    for (int i = 0; i < n; i++) y[i] = a[i] * b[i] + sin(b[i]);
}
static double value(double *x, double *y) {
    kernel(x, x + 1, y, N - 1);
    double s = 0;
    for (int i = 0; i < N - 1; i++) s += y[i] * (1 + 0.1 * i);
    return s;
}
static double f(double *x) { double y[N]; return value(x, y); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double y[N], dy[N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, y, dy);
}
