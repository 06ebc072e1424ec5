/* heat equation: explicit stencil, a parallel region per time step in a serial loop */
#define N 24
#define STEPS 5
#include "omp_check.h"

static void step(double *u, double *v, int n) {
#pragma omp parallel for schedule(static)
    for (int i = 1; i < n - 1; i++) v[i] = u[i] + 0.2 * (u[i - 1] - 2 * u[i] + u[i + 1]) + 0.05 * sin(u[i]);
}
static double value(double *x, double *a, double *b) {
    for (int i = 0; i < N; i++) a[i] = b[i] = x[i];
    for (int t = 0; t < STEPS; t++) {
        step(a, b, N);
        step(b, a, N);
    }
    double s = 0;
    for (int i = 0; i < N; i++) s += a[i] * a[i] * (1 + 0.1 * i);
    return s;
}
static double f(double *x) { double a[N], b[N]; return value(x, a, b); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double a[N], b[N], da[N] = {0}, db[N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, a, da, enzyme_dup, b, db);
}
