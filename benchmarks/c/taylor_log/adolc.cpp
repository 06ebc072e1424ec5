// taylor_log, gradient by ADOL-C (operator overloading): record the tape, then reverse sweep.
// The measured region covers taping and gradient(), as one gradient evaluation costs.
// usage: adolc [N=10000000]
#include <adolc/adolc.h>
#include "../bench.h"

static adouble taylor_log(adouble x, long n) {
    adouble sum = 0;
    for (long i = 1; i <= n; i++)
        sum += pow(x, (double)i) / (double)i;
    return sum;
}

int main(int argc, char **argv) {
    long n = bench_arg(argc, argv, 1, 10000000);
    volatile double x0 = 0.5;
    double x = x0, f, dx;
    int reps = bench_reps(); /* one untimed warm-up run, then reps timed ones */
    double *times = (double *)malloc(sizeof(double) * (size_t)reps);
    for (int rep = -1; rep < reps; rep++) {
        double t0 = bench_now();
        trace_on(1);
        {
            adouble ax;
            ax <<= x;
            adouble y = taylor_log(ax, n);
            y >>= f;
        }
        trace_off();
        gradient(1, 1, &x, &dx);
        double t1 = bench_now();
        if (rep >= 0) times[rep] = t1 - t0;
    }
    bench_print_times(times, reps);
    bench_print_samples(&dx, 1);
    return 0;
}
