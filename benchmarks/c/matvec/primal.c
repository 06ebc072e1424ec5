/* matvec, primal (see common.h). */
#include "common.h"

__attribute__((noinline)) double matvec(const double *mat, const double *vec, long n) {
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

int main(int argc, char **argv) {
    struct matvec_setup s = matvec_setup(argc, argv);
    long evals = s.descent ? s.steps : 1;
    volatile double sink = 0;
    double t0 = bench_now();
    for (long k = 0; k < evals; k++)
        sink += matvec(s.mat, s.vec, s.n);
    double t1 = bench_now();
    bench_print_time(t1 - t0);
    bench_print_value(sink / (double)evals);
    free(s.mat);
    free(s.dmat);
    free(s.vec);
    return 0;
}
