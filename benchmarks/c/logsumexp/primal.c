/* logsumexp, primal: log(sum_i exp(x_i - A)) + A with A = max_i x_i.  usage: primal [N=1e7] */
#include "common.h"

__attribute__((noinline)) double logsumexp(const double *x, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++)
        A = x[i] > A ? x[i] : A;
    double sema = 0;
    for (long i = 0; i < n; i++)
        sema += exp(x[i] - A);
    return log(sema) + A;
}

int main(int argc, char **argv) {
    long n = bench_arg(argc, argv, 1, 10000000);
    double *x = lse_input(n);
    double t0 = bench_now();
    double f = logsumexp(x, n);
    double t1 = bench_now();
    bench_print_time(t1 - t0);
    bench_print_value(f);
    free(x);
    return 0;
}
