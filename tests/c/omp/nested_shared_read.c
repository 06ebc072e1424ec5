/* a parallel loop over x inside another parallel loop: the team of every outer iteration
 * runs all the inner iterations, so two teams read x[i] at once and its adjoint updates are
 * atomic, though the inner region's accesses use its loop index */
#define N 37
#define TEAMS 2
#include "omp_check.h"

static void kernel(double *x, double *y) {
#pragma omp parallel for num_threads(TEAMS)
    for (int t = 0; t < TEAMS; t++) {
#pragma omp parallel for schedule(static) num_threads(2)
        for (int i = 0; i < N; i++) y[t * N + i] = x[i] * exp(-0.5 * x[i] * (t + 1));
    }
}
static double value(double *x, double *y) {
    for (int i = 0; i < TEAMS * N; i++) y[i] = 0;
    kernel(x, y);
    double s = 0;
    for (int i = 0; i < TEAMS * N; i++) s += y[i] * (1 + 0.02 * i);
    return s;
}
static double f(double *x) { double y[TEAMS * N]; return value(x, y); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double y[TEAMS * N], dy[TEAMS * N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, y, dy);
}
