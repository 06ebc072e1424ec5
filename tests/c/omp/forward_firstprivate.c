/* forward mode: an active scalar passed firstprivate (by value, as the bits of a double)
 * and a shared active scalar, default(none); one __enzyme_fwddiff per unit direction */
#define N 25
#include "omp_check.h"

static double kernel(double *x, double a, double *b) {
    double s = 0;
#pragma omp parallel for default(none) firstprivate(a) shared(x, b) reduction(+ : s)
    for (int i = 0; i < N - 2; i++) s += a * x[i] * x[i] + *b * x[i];
    return s;
}
static double value(double *x) { return kernel(x, x[N - 2] * 2.0, &x[N - 1]); }
static double f(double *x) { return value(x); }
double __enzyme_fwddiff(void *, ...);
static void grad(double *x, double *dx) {
    for (int k = 0; k < N; k++) {
        double v[N] = {0};
        v[k] = 1.0;
        dx[k] = __enzyme_fwddiff((void *)value, x, v);
    }
}
