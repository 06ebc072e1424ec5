/* forward mode through parallel regions: a parallel for with a sum reduction and a written
 * array, a dynamic schedule and a critical section; the gradient is assembled from one
 * __enzyme_fwddiff per unit direction (the team runs the outlined bodies' tangents:
 * forward_calls.fork_tangent; reductions and atomics are critical sections there too) */
#define N 13
#include "omp_check.h"

static double value(double *x, double *y) {
    double s = 0, m = 0;
#pragma omp parallel for reduction(+ : s)
    for (int i = 0; i < N; i++) {
        y[i] = sin(x[i]) * x[(i + 3) % N];
        s += x[i] * y[i];
    }
#pragma omp parallel for schedule(dynamic, 2)
    for (int i = 0; i < N; i++) {
        double t = exp(0.1 * y[i]) * x[i];
#pragma omp critical
        m += t * t;
    }
    return s + 0.5 * m;
}
static double f(double *x) { double y[N]; return value(x, y); }
double __enzyme_fwddiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    for (int k = 0; k < N; k++) {
        double v[N] = {0}, y[N], dy[N] = {0};
        v[k] = 1.0;
        dx[k] = __enzyme_fwddiff((void *)value, enzyme_dup, x, v, enzyme_dup, y, dy);
    }
}
