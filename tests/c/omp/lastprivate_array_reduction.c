/* lastprivate and an array reduction (reduction(+ : h[:3])) */
#define N 22
#include "omp_check.h"

static double value(double *x) {
    double last = 0, h[3] = {0, 0, 0};
#pragma omp parallel for lastprivate(last) reduction(+ : h[:3])
    for (int i = 0; i < N; i++) {
        last = x[i] * x[(i + 2) % N];
        h[i % 3] += sin(x[i]) * x[i];
    }
    return last * 3 + h[0] * h[1] + h[2];
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
