/* a copy loop into a buffer used only inside a parallel region: from -O1 on, LLVM makes the
 * loop a memcpy, and type analysis of the function sees no use of the buffer (the region's
 * body is another function); the memcpy's !tbaa tag says double (enzymec/ad/rules/tbaa.py;
 * it was refused: "cannot deduce the type of the memory copied here (found nothing)") */
#define N 23
#include "omp_check.h"
#include <stdlib.h>

static double kernel(const double *x, int n) {
    double *v = malloc(sizeof(double) * n);
    for (int i = 0; i < n; i++) v[i] = x[i];
    double s = 0;
#pragma omp parallel for reduction(+ : s)
    for (int i = 0; i < n; i++) s += v[i] * v[i] * (1 + 0.01 * i) + sin(v[i]);
    free(v);
    return s;
}
static double f(double *x) { return kernel(x, N); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup, enzyme_const;
static void grad(double *x, double *dx) {
    __enzyme_autodiff((void *)kernel, enzyme_dup, x, dx, enzyme_const, N);
}
