/* taylor_log, handwritten gradient: d/dx x^i / i = x^(i-1).
 * usage: hand [N=10000000] */
#include "../bench.h"

__attribute__((noinline)) double dtaylor_log(double x, long n) {
    double d = 0;
    for (long i = 1; i <= n; i++)
        d += pow(x, (double)(i - 1));
    return d;
}

int main(int argc, char **argv) {
    long n = bench_arg(argc, argv, 1, 10000000);
    volatile double x0 = 0.5;
    double x = x0;
    double t0 = bench_now();
    double dx = dtaylor_log(x, n);
    double t1 = bench_now();
    bench_print_time(t1 - t0);
    bench_print_samples(&dx, 1);
    return 0;
}
