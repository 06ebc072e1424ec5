/* collapse(2) over a grid, long indices */
#define R 5
#define C 6
#define N (R * C)
#include "omp_check.h"

static void kernel(double *x, double *y) {
#pragma omp parallel for collapse(2) schedule(static)
    for (long i = 0; i < R; i++)
        for (long j = 0; j < C; j++) y[i * C + j] = x[i * C + j] * x[((i + 1) % R) * C + j];
}
static double value(double *x, double *y) {
    kernel(x, y);
    double s = 0;
    for (int i = 0; i < N; i++) s += sin(y[i]);
    return s;
}
static double f(double *x) { double y[N]; return value(x, y); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double y[N], dy[N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, y, dy);
}
