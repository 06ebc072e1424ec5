/* row-parallel matvec y = A v, f = sum y_i^2 (A and v both in x) */
#define R 6
#define C 7
#define N (R * C + C)
#include "omp_check.h"

static void matvec(double *A, double *v, double *y) {
#pragma omp parallel for schedule(static)
    for (int i = 0; i < R; i++) {
        double s = 0;
        for (int j = 0; j < C; j++) s += A[i * C + j] * v[j];
        y[i] = s;
    }
}
static double value(double *x, double *y) {
    matvec(x, x + R * C, y);
    double s = 0;
    for (int i = 0; i < R; i++) s += y[i] * y[i];
    return s;
}
static double f(double *x) { double y[R]; return value(x, y); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double y[R], dy[R] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, y, dy);
}
