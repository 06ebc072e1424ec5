/* matvec, handwritten gradient: out = M v, dM[i][j] += 2 out_i v_j (see common.h). */
#include "common.h"

__attribute__((noinline)) void dmatvec(const double *mat, double *dmat, const double *vec,
                                       long n) {
    double *out = (double *)malloc(sizeof(double) * (size_t)n);
    for (long i = 0; i < n; i++) {
        double o = 0;
        for (long j = 0; j < n; j++)
            o += mat[i * n + j] * vec[j];
        out[i] = o;
    }
    for (long i = 0; i < n; i++) {
        double d = 2.0 * out[i];
        for (long j = 0; j < n; j++)
            dmat[i * n + j] += d * vec[j];
    }
    free(out);
}

int main(int argc, char **argv) {
    struct matvec_setup s = matvec_setup(argc, argv);
    size_t nn = (size_t)s.n * (size_t)s.n;
    double t0 = bench_now();
    if (s.descent) {
        for (long k = 0; k < s.steps; k++) {
            memset(s.dmat, 0, sizeof(double) * nn);
            dmatvec(s.mat, s.dmat, s.vec, s.n);
            for (size_t i = 0; i < nn; i++)
                s.mat[i] -= s.rate * s.dmat[i];
        }
    } else {
        dmatvec(s.mat, s.dmat, s.vec, s.n);
    }
    double t1 = bench_now();
    matvec_report(&s, t1 - t0);
    return 0;
}
