/* tree_reduce, primal: REPS evaluations of tree(x, n) (see common.h). */
#include "common.h"

__attribute__((noinline)) double primal_tree(const double *x, int n) { return tree(x, n); }

int main(int argc, char **argv) {
    int n = (int)bench_arg(argc, argv, 1, TR_N);
    long reps = bench_arg(argc, argv, 2, TR_REPS);
    double *x = tr_input(n);
    volatile double f = 0; /* keeps every evaluation */
    double t0 = bench_now();
    for (long r = 0; r < reps; r++) {
        __asm__ __volatile__("" : : : "memory"); /* x may have changed: no CSE across reps */
        f = primal_tree(x, n);
    }
    double t1 = bench_now();
    bench_print_time(t1 - t0);
    bench_print_value(f);
    free(x);
    return 0;
}
