// logsumexp, gradient by ADOL-C: taping (with fmax for the maximum) plus gradient() in the
// measured region.  usage: adolc [N=1e7]
#include <adolc/adolc.h>
#include "common.h"

static adouble logsumexp(const adouble *x, long n) {
    adouble A = x[0];
    for (long i = 1; i < n; i++)
        A = fmax(x[i], A);
    adouble sema = 0;
    for (long i = 0; i < n; i++)
        sema += exp(x[i] - A);
    return log(sema) + A;
}

int main(int argc, char **argv) {
    long n = bench_arg(argc, argv, 1, 10000000);
    double *x = lse_input(n);
    double *dx = (double *)calloc((size_t)n, sizeof(double));
    double f;
    int reps = bench_reps(); /* one untimed warm-up run, then reps timed ones */
    double *times = (double *)malloc(sizeof(double) * (size_t)reps);
    for (int rep = -1; rep < reps; rep++) {
        double t0 = bench_now();
        trace_on(1);
        {
            adouble *ax = new adouble[n];
            for (long i = 0; i < n; i++)
                ax[i] <<= x[i];
            adouble y = logsumexp(ax, n);
            y >>= f;
            delete[] ax;
        }
        trace_off();
        gradient(1, (int)n, x, dx);
        double t1 = bench_now();
        if (rep >= 0) times[rep] = t1 - t0;
    }
    bench_print_times(times, reps);
    bench_print_samples(dx, (size_t)n);
    free(x);
    free(dx);
    return 0;
}
