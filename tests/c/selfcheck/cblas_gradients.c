/* selfcheck: checks=15 -lblas */
/* CBLAS calls inside differentiated functions (enzymec/ad/passes/library_bodies.py): every
 * loss below calls the system's BLAS as its primal, and its reverse gradient and forward
 * tangents (along each unit vector) from enzymec are compared with central differences of
 * that primal. Covered: level 1 (dot with a negative increment, axpy, scal, copy, swap,
 * nrm2, asum), gemv and gemm in both orders and every transpose, alpha and beta active,
 * beta a constant 0, a constant 0.5 and a computed beta that is exactly 0 at one point, and
 * the float versions; edges (nrm2 with a negative increment and at 1e200, gemv with an empty
 * op(A), which leaves y as it is, alpha = 0 beside a NaN in A, which BLAS does not read) and
 * calls in a helper the gradient inlines (they were not redirected: refused). One line per
 * loss and point (tests/c/test_selfcheck.py). */
#include <cblas.h>
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

#define N 14 /* inputs of every loss */

static double level1(const double *x) {
    double a[4] = {x[0], x[1], x[2], x[3]}, b[4] = {x[4], x[5], x[6], x[7]}, c[4];
    double s = cblas_ddot(4, a, 1, b, -1);          /* b walked backwards */
    cblas_daxpy(4, x[8], a, 1, b, 1);               /* b += x8 a */
    cblas_dscal(2, x[9], a, 2);                     /* a[0], a[2] *= x9 */
    cblas_dcopy(4, b, 1, c, 1);
    cblas_dswap(2, a, 1, c + 2, 1);
    return s + cblas_dnrm2(4, c, 1) + 0.5 * cblas_dasum(4, a, 1) + cblas_ddot(4, a, 1, c, 1);
}

static double gemv_all(const double *x) {
    double s = 0;
    const double *A = x; /* 2x3 (12 numbers read: rows of 3, lda 3, or columns of 2, lda 2) */
    double v[3] = {x[6], x[7], x[8]}, w[3] = {x[9], x[10], x[11]};
    int orders[2] = {CblasRowMajor, CblasColMajor};
    for (int o = 0; o < 2; o++)
        for (int t = 0; t < 2; t++) {
            int trans = t ? CblasTrans : CblasNoTrans, lda = o == 0 ? 3 : 2;
            double y[3] = {x[12], -x[13], 0.25}, z[3] = {1.0 / 0.0, 0, 0};
            cblas_dgemv(orders[o], trans, 2, 3, x[12], A, lda, t ? w : v, 1, 0.5, y, 1);
            cblas_dgemv(orders[o], trans, 2, 3, 1.5, A, lda, t ? w : v, 1, 0.0, z, 1);
            double beta = x[13] - 0.75; /* exactly 0 at the listed point */
            cblas_dgemv(orders[o], trans, 2, 3, -0.5, A, lda, v, 1, beta, y, 1);
            for (int i = 0; i < (t ? 3 : 2); i++)
                s += (i + 1.0) * y[i] + z[i] * z[i] * 0.1;
        }
    return s;
}

static double gemm_all(const double *x) {
    double s = 0;
    int orders[2] = {CblasRowMajor, CblasColMajor}, trans[2] = {CblasNoTrans, CblasTrans};
    for (int o = 0; o < 2; o++)
        for (int ta = 0; ta < 2; ta++)
            for (int tb = 0; tb < 2; tb++) {
                /* op(A) 2x3 from x[0..5], op(B) 3x2 from x[6..11], C 2x2 */
                int row = orders[o] == CblasRowMajor;
                int lda = (row != ta) ? 3 : 2, ldb = (row != tb) ? 2 : 3;
                double C[4] = {x[12], 0.5, -x[13], 2.0}, D[4] = {0.0 / 0.0, 1, 2, 3};
                cblas_dgemm(orders[o], trans[ta], trans[tb], 2, 2, 3, x[13], x, lda, x + 6, ldb,
                            x[12] - 1.0, C, 2);
                cblas_dgemm(orders[o], trans[ta], trans[tb], 2, 2, 3, 0.5, x, lda, x + 6, ldb,
                            0.0, D, 2);
                for (int i = 0; i < 4; i++)
                    s += (i + 1.0 + o + 2 * ta + 4 * tb) * (C[i] + 0.3 * D[i] * D[i]);
            }
    return s;
}

__attribute__((noinline)) static double helper_dot(const double *a, const double *b) {
    return cblas_ddot(3, a, 1, b, -1); /* not in the differentiated function itself */
}

static double edges(const double *x) {
    double big[3] = {x[0] * 1e200, x[1] * 1e200, x[2] * 1e200};
    double s = cblas_dnrm2(3, big, -1) * 1e-200 + cblas_dnrm2(2, x + 3, 2);
    double y[2] = {x[5], x[6]}, A[2] = {0.0 / 0.0, 1.0}, v[2] = {1.0, 2.0};
    cblas_dgemv(CblasRowMajor, CblasNoTrans, 2, 0, 1.0, A, 1, v, 1, 0.5, y, 1); /* y kept */
    double C[1] = {x[7]};
    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, 1, 1, 1, x[8] - x[8], A, 1, v, 1,
                x[9], C, 1); /* alpha 0: C = x9 x7, A's NaN unread */
    return s + y[0] * y[1] + C[0] + helper_dot(x + 10, x + 11);
}

static double single(const double *x) {
    float a[6], b[6], c[4] = {1, 2, 3, 4};
    for (int i = 0; i < 6; i++) {
        a[i] = (float)x[i];
        b[i] = (float)x[i + 6];
    }
    float d = cblas_sdot(6, a, 1, b, 1);
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, 2, 2, 3, (float)x[12], a, 3, b, 3,
                (float)x[13], c, 2);
    return d + c[0] + 2 * c[1] + 3 * c[2] - c[3] * c[3];
}

/* each loss's gradient and tangent (autodiff names its function itself) */
#define DERIVATIVES(F)                                                                     \
    static void F##_reverse(const double *x, double *g) {                                  \
        for (int i = 0; i < N; i++)                                                        \
            g[i] = 0;                                                                      \
        __enzyme_autodiff((void *)F, enzyme_dup, x, g);                                    \
    }                                                                                      \
    static double F##_tangent(const double *x, const double *v) {                          \
        return __enzyme_fwddiff((void *)F, enzyme_dup, x, v);                              \
    }
DERIVATIVES(level1)
DERIVATIVES(gemv_all)
DERIVATIVES(gemm_all)
DERIVATIVES(single)
DERIVATIVES(edges)

typedef double (*loss)(const double *);
static const struct {
    const char *name;
    loss f;
    void (*reverse)(const double *, double *);
    double (*tangent)(const double *, const double *);
    double step, tol; /* relative difference step, tolerance */
} LOSSES[] = {{"level1", level1, level1_reverse, level1_tangent, 1e-6, 1e-6},
              {"gemv", gemv_all, gemv_all_reverse, gemv_all_tangent, 1e-6, 1e-6},
              {"gemm", gemm_all, gemm_all_reverse, gemm_all_tangent, 1e-6, 1e-6},
              {"float", single, single_reverse, single_tangent, 1e-2, 2e-2},
              {"edges", edges, edges_reverse, edges_tangent, 1e-6, 1e-6}};

int main(void) {
    double points[3][N];
    for (int p = 0; p < 3; p++)
        for (int i = 0; i < N; i++)
            points[p][i] = sin(1.3 * i + 0.7 * p + 0.2) + 0.1 * p;
    points[2][13] = 0.75; /* gemv's computed beta = 0 (and gemm's alpha is 0.75) */
    points[2][12] = 1.0;  /* gemm's computed beta = 0 */
    int bad = 0;
    for (size_t k = 0; k < sizeof LOSSES / sizeof *LOSSES; k++)
        for (int p = 0; p < 3; p++) {
            double *x = points[p], g[N], worst = 0;
            int was_bad = bad;
            LOSSES[k].reverse(x, g);
            for (int i = 0; i < N; i++) {
                double h = LOSSES[k].step * fmax(1.0, fabs(x[i])), keep = x[i], v[N] = {0};
                x[i] = keep + h;
                double up = LOSSES[k].f(x);
                x[i] = keep - h;
                double down = LOSSES[k].f(x);
                x[i] = keep;
                double fd = (up - down) / (2 * h);
                v[i] = 1;
                double t = LOSSES[k].tangent(x, v);
                double scale = fmax(1.0, fabs(fd));
                worst = fmax(worst, fmax(fabs(g[i] - fd), fabs(t - fd)) / scale);
                if (!(fabs(g[i] - fd) <= LOSSES[k].tol * scale) ||
                    !(fabs(t - fd) <= LOSSES[k].tol * scale)) {
                    printf("MISMATCH %s point %d input %d: reverse %.10g forward %.10g "
                           "differences %.10g\n", LOSSES[k].name, p, i, g[i], t, fd);
                    bad++;
                }
            }
            printf("%s %s point %d: worst relative error %.2e\n",
                   bad == was_bad ? "ok" : "MISMATCHES in", LOSSES[k].name, p, worst);
        }
    return bad != 0;
}
