/* '#pragma omp parallel' splitting the work by omp_get_thread_num / omp_get_num_threads */
#ifdef _OPENMP
#include <omp.h>
#else
static int omp_get_thread_num(void) { return 0; }
static int omp_get_num_threads(void) { return 1; }
#endif
#define N 30
#include "omp_check.h"

static void kernel(double *x, double *y) {
#pragma omp parallel
    {
        int t = omp_get_thread_num(), team = omp_get_num_threads();
        int lo = N * t / team, hi = N * (t + 1) / team;
        for (int i = lo; i < hi; i++) y[i] = cos(x[i]) * x[N - 1 - i];
    }
}
static double value(double *x, double *y) {
    kernel(x, y);
    double s = 0;
    for (int i = 0; i < N; i++) s += y[i] * (i + 1);
    return s;
}
static double f(double *x) { double y[N]; return value(x, y); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double y[N], dy[N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, y, dy);
}
