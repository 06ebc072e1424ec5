/* float data: atomic float adjoint adds */
#define N 21
#define TOL 2e-3
#define STEP 1e-2
#include "omp_check.h"

static float kernel(float *x, float *w) {
    float s = 0;
#pragma omp parallel for reduction(+ : s)
    for (int i = 0; i < N - 1; i++) s += x[i] * x[i] * w[0] + x[i + 1];
    return s;
}
static float valuef(float *xf, float *w) { return kernel(xf, w); }
static double f(double *x) {
    float xf[N];
    for (int i = 0; i < N; i++) xf[i] = (float)x[i];
    return valuef(xf, &xf[N - 1]);
}
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    float xf[N], dxf[N] = {0};
    for (int i = 0; i < N; i++) xf[i] = (float)x[i];
    __enzyme_autodiff((void *)valuef, enzyme_dup, xf, dxf, enzyme_dup, &xf[N - 1], &dxf[N - 1]);
    for (int i = 0; i < N; i++) dx[i] = dxf[i];
}
