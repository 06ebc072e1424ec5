/* taylor_log, gradient synthesized by enzymec: d/dx sum_{i=1..n} x^i / i  (~ 1 / (1 - x) = 2).
 * usage: enzyme [N=10000000] */
#include <enzyme.h>
#include "../bench.h"
#include "../bench_alloc.h"

double taylor_log(double x, long n) {
    double sum = 0;
    for (long i = 1; i <= n; i++)
        sum += pow(x, (double)i) / (double)i;
    return sum;
}

__attribute__((noinline)) double dtaylor_log(double x, long n) {
    return __builtin_autodiff(taylor_log, x, n); /* n: an integer, constant by default */
}

int main(int argc, char **argv) {
    long n = bench_arg(argc, argv, 1, 10000000);
    volatile double x0 = 0.5;
    double x = x0;
    bench_alloc_begin();
    double t0 = bench_now();
    double dx = dtaylor_log(x, n);
    double t1 = bench_now();
    bench_print_time(t1 - t0);
    bench_alloc_end();
    bench_print_samples(&dx, 1);
    return 0;
}
