/* nowait_rounds.c without nowait: the loop's implied barrier ends each round before the
 * next hands iterations out again, so x[i] is the iteration's own (plain adjoint adds) */
#define N 41
#define ROUNDS 3
#include "omp_check.h"

static void kernel(double *x, double *y) {
#pragma omp parallel
    for (int r = 0; r < ROUNDS; r++) {
#pragma omp for schedule(dynamic, 2)
        for (int i = 0; i < N; i++) y[r * N + i] = sin(x[i] * (1.0 + 0.1 * r));
    }
}
static double value(double *x, double *y) {
    kernel(x, y);
    double s = 0;
    for (int i = 0; i < ROUNDS * N; i++) s += y[i] * (1 + 0.03 * i);
    return s;
}
static double f(double *x) { double y[ROUNDS * N]; return value(x, y); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double y[ROUNDS * N], dy[ROUNDS * N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, y, dy);
}
