/* selfcheck: checks=8 -lblas */
/* gemv and gemm with a computed beta that is exactly 0, in forward mode, where the output's
 * tangent memory holds NaN (never written: the user's shadow of an output). BLAS reads no C
 * at beta = 0, so its tangent must not be read either: the tangent is alpha op(A) op(dB)
 * plus dbeta times the old C (the runtime reads that C through an inactive copy,
 * runtime/enzymec_rt.c). It was 0 * NaN = NaN. Double and float, and reverse mode at the
 * same point, against closed forms. */
#include <cblas.h>
#include <enzyme.h>
#include <math.h>
#include <stdio.h>
#define SELFCHECK_TOLERANCE 1e-6 /* float results */
#include "selfcheck.h"

static const double A[6] = {1, 2, 3, 4, 5, 6}; /* 2 x 3, row-major */
static const float Af[6] = {1, 2, 3, 4, 5, 6};

/* y = -0.5 A x[0..2] + beta y, beta = x[3] - 0.75 */
static void gemv(const double *x, double *y) {
    cblas_dgemv(CblasRowMajor, CblasNoTrans, 2, 3, -0.5, A, 3, x, 1, x[3] - 0.75, y, 1);
}
static void sgemv(const float *x, float *y) {
    cblas_sgemv(CblasRowMajor, CblasNoTrans, 2, 3, -0.5f, Af, 3, x, 1, x[3] - 0.75f, y, 1);
}
/* C (2 x 1) = 2 A B + beta C, B = x[0..2] as a 3 x 1 matrix */
static void gemm(const double *x, double *c) {
    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, 2, 1, 3, 2.0, A, 3, x, 1,
                x[3] - 0.75, c, 1);
}
static double gemv_sum(const double *x) {
    double y[2] = {1, 2};
    gemv(x, y);
    return y[0] + y[1];
}

int main(void) {
    double x[4] = {1, 2, 3, 0.75}, dx[4] = {1, 0, 0, 1};
    /* dy = -0.5 A (1, 0, 0) + 1 * (1, 2) = (-0.5 + 1, -2 + 2) */
    double y[2] = {1, 2}, dy[2] = {NAN, NAN};
    __enzyme_fwddiff((void *)gemv, x, dx, y, dy);
    check("dgemv tangent [0]", dy[0], 0.5);
    check("dgemv tangent [1]", dy[1], 0.0);
    float xf[4] = {1, 2, 3, 0.75f}, dxf[4] = {1, 0, 0, 1};
    float yf[2] = {1, 2}, dyf[2] = {NAN, NAN};
    __enzyme_fwddiff((void *)sgemv, xf, dxf, yf, dyf);
    check("sgemv tangent [0]", dyf[0], 0.5);
    check("sgemv tangent [1]", dyf[1], 0.0);
    /* dC = 2 A (1, 0, 0) + 1 * (3, 5) = (2 + 3, 8 + 5) */
    double c[2] = {3, 5}, dc[2] = {NAN, NAN};
    __enzyme_fwddiff((void *)gemm, x, dx, c, dc);
    check("dgemm tangent [0]", dc[0], 5.0);
    check("dgemm tangent [1]", dc[1], 13.0);
    /* reverse: d/dx0 sum = -0.5 (1 + 4), d/dx3 sum = 1 + 2 (the old y) */
    double g[4] = {0, 0, 0, 0};
    __enzyme_autodiff((void *)gemv_sum, x, g);
    check("dgemv gradient [0]", g[0], -2.5);
    check("dgemv gradient [3]", g[3], 3.0);
    return failures != 0;
}
