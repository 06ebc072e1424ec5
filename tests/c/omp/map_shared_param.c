/* elementwise map with a shared active parameter: y[i] = p * x[i]^2, f = sum(y * w) */
#define N 37
#include "omp_check.h"

static void map(double *x, double *y, double *p, int n) {
#pragma omp parallel for schedule(static)
    for (int i = 0; i < n; i++)
        y[i] = x[i] * x[i] * *p;
}

static double value(double *x, double *y) {
    map(x, y, &x[N - 1], N - 1);
    double s = 0;
    for (int i = 0; i < N - 1; i++) s += y[i] * (1.0 + 0.1 * i);
    return s;
}

static double f(double *x) {
    double y[N];
    return value(x, y);
}

void __enzyme_autodiff(void *, ...);
int enzyme_dup;

static void grad(double *x, double *dx) {
    double y[N], dy[N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, y, dy);
}
