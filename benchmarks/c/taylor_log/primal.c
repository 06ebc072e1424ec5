/* taylor_log, primal: f(x) = sum_{i=1..n} x^i / i  (~ -log(1 - x)), at x = 0.5.
 * usage: primal [N=10000000] */
#include "../bench.h"

__attribute__((noinline)) double taylor_log(double x, long n) {
    double sum = 0;
    for (long i = 1; i <= n; i++)
        sum += pow(x, (double)i) / (double)i;
    return sum;
}

int main(int argc, char **argv) {
    long n = bench_arg(argc, argv, 1, 10000000);
    volatile double x0 = 0.5;
    double x = x0;
    double t0 = bench_now();
    double f = taylor_log(x, n);
    double t1 = bench_now();
    bench_print_time(t1 - t0);
    bench_print_value(f);
    return 0;
}
