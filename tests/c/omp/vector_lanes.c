/* vector loads of a shared array in a parallel loop: atomic adjoint adds lane by lane */
#define N 24
#include "omp_check.h"

typedef double v2 __attribute__((vector_size(16)));

static double value(double *x) {
    double s = 0;
#pragma omp parallel for reduction(+ : s)
    for (int i = 0; i < N / 2 - 1; i++) {
        v2 a, b;
        __builtin_memcpy(&a, x + 2 * i, sizeof a);
        __builtin_memcpy(&b, x + 2 * i + 2, sizeof b);
        v2 c = a * b + a * a;
        s += c[0] + 2 * c[1];
    }
    return s;
}
static double f(double *x) { return value(x); }
void __enzyme_autodiff(void *, ...);
static void grad(double *x, double *dx) { __enzyme_autodiff((void *)value, x, dx); }
