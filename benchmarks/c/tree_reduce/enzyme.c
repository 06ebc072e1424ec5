/* tree_reduce, gradient of the recursive tree(x, n) w.r.t. x synthesized by enzymec (see
 * common.h).  usage: enzyme [N=4194304] [REPS=2] */
#include <enzyme.h>
#include "common.h"
#include "../bench_alloc.h"

__attribute__((noinline)) void dtree(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)tree, enzyme_dup, x, dx, enzyme_const, n); /* adds into dx */
}

int main(int argc, char **argv) {
    int n = (int)bench_arg(argc, argv, 1, TR_N);
    long reps = bench_arg(argc, argv, 2, TR_REPS);
    double *x = tr_input(n);
    double *dx = (double *)calloc((size_t)n, sizeof(double));
    bench_alloc_begin();
    double t0 = bench_now();
    for (long r = 0; r < reps; r++) {
        memset(dx, 0, sizeof(double) * (size_t)n);
        dtree(x, dx, n);
    }
    double t1 = bench_now();
    bench_print_time(t1 - t0);
    bench_alloc_end();
    bench_print_value(tree(x, n)); /* outside the measured region */
    bench_print_samples(dx, (size_t)n);
    free(x);
    free(dx);
    return 0;
}
