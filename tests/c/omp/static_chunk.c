/* schedule(static, 3) with a private temporary and firstprivate scale */
#define N 26
#include "omp_check.h"

static void kernel(double *x, double *y, double scale) {
    double t;
#pragma omp parallel for schedule(static, 3) private(t) firstprivate(scale)
    for (int i = 0; i < N; i++) {
        t = tanh(x[i]) * scale;
        y[i] = t * t + x[i];
    }
}
static double value(double *x, double *y) {
    kernel(x, y, 1.7);
    double s = 0;
    for (int i = 0; i < N; i++) s += y[i] * (i % 4 + 1);
    return s;
}
static double f(double *x) { double y[N]; return value(x, y); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double y[N], dy[N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, y, dy);
}
