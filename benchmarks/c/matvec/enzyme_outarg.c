/* matvec, gradient by enzymec with the `out` buffer passed in by the caller (with a shadow
 * buffer) instead of malloc'd inside the differentiated function: a workaround variant for
 * enzymec's missing shadow of heap allocations (see benchmarks/RESULTS.md). */
#include <enzyme.h>
#include "common.h"
#include "../bench_alloc.h"

double matvec(const double *mat, const double *vec, double *out, long n) {
    for (long i = 0; i < n; i++) {
        out[i] = 0;
        for (long j = 0; j < n; j++)
            out[i] += mat[i * n + j] * vec[j];
    }
    double sum = 0;
    for (long i = 0; i < n; i++)
        sum += out[i] * out[i];
    return sum;
}

__attribute__((noinline)) void dmatvec(const double *mat, double *dmat, const double *vec,
                                       double *out, double *dout, long n) {
    __enzyme_autodiff((void *)matvec, enzyme_dup, mat, dmat, enzyme_const, vec, enzyme_dup, out,
                      dout, n);
}

int main(int argc, char **argv) {
    struct matvec_setup s = matvec_setup(argc, argv);
    size_t nn = (size_t)s.n * (size_t)s.n;
    bench_alloc_begin();
    double t0 = bench_now();
    double *out = (double *)malloc(sizeof(double) * (size_t)s.n);
    double *dout = (double *)malloc(sizeof(double) * (size_t)s.n);
    long calls = s.descent ? s.steps : 1;
    for (long k = 0; k < calls; k++) {
        if (s.descent) memset(s.dmat, 0, sizeof(double) * nn);
        memset(dout, 0, sizeof(double) * (size_t)s.n);
        dmatvec(s.mat, s.dmat, s.vec, out, dout, s.n);
        if (s.descent)
            for (size_t i = 0; i < nn; i++)
                s.mat[i] -= s.rate * s.dmat[i];
    }
    free(out);
    free(dout);
    double t1 = bench_now();
    matvec_report(&s, t1 - t0);
    bench_alloc_end();
    return 0;
}
