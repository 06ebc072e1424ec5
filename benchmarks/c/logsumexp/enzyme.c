/* logsumexp, gradient w.r.t. the array synthesized by enzymec.  usage: enzyme [N=1e7] */
#include <enzyme.h>
#include "common.h"
#include "../bench_alloc.h"

double logsumexp(const double *x, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++)
        A = x[i] > A ? x[i] : A;
    double sema = 0;
    for (long i = 0; i < n; i++)
        sema += exp(x[i] - A);
    return log(sema) + A;
}

__attribute__((noinline)) void dlogsumexp(const double *x, double *dx, long n) {
    __enzyme_autodiff((void *)logsumexp, enzyme_dup, x, dx, n); /* adds into dx */
}

int main(int argc, char **argv) {
    long n = bench_arg(argc, argv, 1, 10000000);
    double *x = lse_input(n);
    double *dx = (double *)calloc((size_t)n, sizeof(double));
    bench_alloc_begin();
    double t0 = bench_now();
    dlogsumexp(x, dx, n);
    double t1 = bench_now();
    bench_print_time(t1 - t0);
    bench_alloc_end();
    bench_print_samples(dx, (size_t)n);
    free(x);
    free(dx);
    return 0;
}
