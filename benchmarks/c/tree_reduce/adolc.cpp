// tree_reduce, gradient by ADOL-C: every repetition records tree(x, n) on a fresh tape (the
// recursion runs on adouble) and calls gradient() (see common.h).
// usage: adolc [N=4194304] [REPS=2]
#include <adolc/adolc.h>
#include "common.h"

static adouble aleaf(const adouble *x, int n) {
    adouble s = 0;
    for (int i = 0; i < n; i++)
        s += sin(x[i]) * x[i];
    return s;
}

static adouble atree(const adouble *x, int n) {
    if (n <= 16) return aleaf(x, n);
    int h = n / 2;
    adouble a = atree(x, h), b = atree(x + h, n - h);
    return sqrt(a * a + b * b + 1.0);
}

int main(int argc, char **argv) {
    int n = (int)bench_arg(argc, argv, 1, TR_N);
    long grads = bench_arg(argc, argv, 2, TR_REPS);
    double *x = tr_input(n);
    double *dx = (double *)calloc((size_t)n, sizeof(double));
    double f = 0;
    int reps = bench_reps(); /* one untimed warm-up run, then reps timed ones */
    double *times = (double *)malloc(sizeof(double) * (size_t)reps);
    for (int rep = -1; rep < reps; rep++) {
        double t0 = bench_now();
        for (long r = 0; r < grads; r++) {
            trace_on(1);
            {
                adouble *ax = new adouble[n];
                for (int i = 0; i < n; i++)
                    ax[i] <<= x[i];
                adouble y = atree(ax, n);
                y >>= f;
                delete[] ax;
            }
            trace_off();
            gradient(1, n, x, dx); /* overwrites dx */
        }
        double t1 = bench_now();
        if (rep >= 0) times[rep] = t1 - t0;
    }
    bench_print_times(times, reps);
    bench_print_value(f);
    bench_print_samples(dx, (size_t)n);
    free(x);
    free(dx);
    return 0;
}
