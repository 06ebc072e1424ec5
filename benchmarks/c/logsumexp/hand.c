/* logsumexp, handwritten gradient: dx_i += exp(x_i - A) / sum_j exp(x_j - A) (the softmax).
 * usage: hand [N=1e7] */
#include "common.h"

__attribute__((noinline)) void dlogsumexp(const double *x, double *dx, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++)
        A = x[i] > A ? x[i] : A;
    double sema = 0;
    for (long i = 0; i < n; i++)
        sema += exp(x[i] - A);
    double inv = 1.0 / sema;
    for (long i = 0; i < n; i++)
        dx[i] += exp(x[i] - A) * inv;
}

int main(int argc, char **argv) {
    long n = bench_arg(argc, argv, 1, 10000000);
    double *x = lse_input(n);
    double *dx = (double *)calloc((size_t)n, sizeof(double));
    double t0 = bench_now();
    dlogsumexp(x, dx, n);
    double t1 = bench_now();
    bench_print_time(t1 - t0);
    bench_print_samples(dx, (size_t)n);
    free(x);
    free(dx);
    return 0;
}
