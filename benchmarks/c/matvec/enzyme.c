/* matvec, gradient w.r.t. M synthesized by enzymec (see common.h). The differentiated
 * function mallocs its own `out` buffer, as in the talk. */
#include <enzyme.h>
#include "common.h"
#include "../bench_alloc.h"

double matvec(const double *mat, const double *vec, long n) {
    double *out = (double *)malloc(sizeof(double) * (size_t)n);
    for (long i = 0; i < n; i++) {
        out[i] = 0;
        for (long j = 0; j < n; j++)
            out[i] += mat[i * n + j] * vec[j];
    }
    double sum = 0;
    for (long i = 0; i < n; i++)
        sum += out[i] * out[i];
    free(out);
    return sum;
}

__attribute__((noinline)) void dmatvec(const double *mat, double *dmat, const double *vec,
                                       long n) {
    __enzyme_autodiff((void *)matvec, enzyme_dup, mat, dmat, enzyme_const, vec, n);
}

int main(int argc, char **argv) {
    struct matvec_setup s = matvec_setup(argc, argv);
    size_t nn = (size_t)s.n * (size_t)s.n;
    bench_alloc_begin();
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
    bench_alloc_end();
    return 0;
}
