/* the serial code after the region overwrites the input the region read: the region's
 * reverse must not load x[i] again (it would read the halved values); test_reload.py checks
 * that x[i] is taped */
#define N 41
#include "omp_check.h"

static double value(double *x) {
    double s = 0;
#pragma omp parallel for reduction(+ : s) schedule(static)
    for (int i = 0; i < N; i++) s += x[i] * x[i] * x[i];
    for (int i = 0; i < N; i++) x[i] = 0.5 * x[i];
    return log(s);
}
static double f(double *x) {
    double copy[N];
    for (int i = 0; i < N; i++) copy[i] = x[i];
    return value(copy);
}
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) {
    double copy[N];
    for (int i = 0; i < N; i++) copy[i] = x[i];
    __enzyme_autodiff((void *)value, copy, dx);
}
