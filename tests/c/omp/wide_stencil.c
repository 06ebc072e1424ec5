/* a five-point stencil (offsets -2..2) in a parallel loop over a short array: most adjoint
 * updates are plain, those near the ends of each thread's range atomic (guarded) */
#define N 31
#include "omp_check.h"

static void smooth(const double *u, double *v, int n) {
#pragma omp parallel for schedule(static)
    for (int i = 2; i < n - 2; i++)
        v[i] = 0.1 * u[i - 2] + 0.2 * u[i - 1] + 0.4 * u[i] * u[i] + 0.2 * u[i + 1] + 0.1 * exp(u[i + 2]);
}
static double value(double *x, double *v) {
    for (int i = 0; i < N; i++) v[i] = 0;
    smooth(x, v, N);
    double s = 0;
    for (int i = 0; i < N; i++) s += v[i] * (1 + 0.03 * i);
    return s;
}
static double f(double *x) { double v[N]; return value(x, v); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double v[N], dv[N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, v, dv);
}
