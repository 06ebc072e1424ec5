/* a parallel region inside a parallel loop's body (nested: the inner team has one thread
 * unless nested parallelism is enabled) */
#define N 12
#include "omp_check.h"

static void kernel(double *x, double *y) {
#pragma omp parallel for
    for (int i = 0; i < N / 2; i++) {
        double pair[2];
#pragma omp parallel for num_threads(2)
        for (int k = 0; k < 2; k++) pair[k] = exp(0.2 * x[2 * i + k]);
        y[i] = pair[0] * pair[1] + x[i];
    }
}
static double value(double *x, double *y) {
    kernel(x, y);
    double s = 0;
    for (int i = 0; i < N / 2; i++) s += y[i] * y[i];
    return s;
}
static double f(double *x) { double y[N]; return value(x, y); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double y[N], dy[N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, y, dy);
}
