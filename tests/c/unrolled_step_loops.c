/* gradcheck: n=10 lo=-2 hi=2 */
/* Loops whose counter steps by more than one, as in unrolled code (rustc and flang unroll by
 * 4 at -O2): the tapes of their exp values are sized once before each loop from its trip
 * count, ceil((bound - start) / step) (enzymec/ad/tape/trip_count.py), and the reverse sweep
 * starts at the last iteration that count gives, so a wrong count reads the wrong tape
 * entries or past the tape. Step 3 tested with `<=` (3 iterations for n = 10, where
 * floor((n - 2) / 3) would say 2), step 4 with `!=` against n & -4 (a power of two: the loop
 * leaves exactly there), then a remainder loop of step 1. */
#include <enzyme.h>
#include <math.h>

double steps(const double *x, long n) {
    double e = 0;
    long j = 0;
    for (; j + 3 <= n; j += 3)
        e += exp(0.5 * x[j]) * exp(0.25 * x[j + 1]) - x[j + 2] * exp(0.3 * x[j + 2]);
    for (; j < n; j++)
        e += exp(0.4 * x[j]);
    long m = n & -4;
    double s = 0;
    for (long k = 0; k != m; k += 4)
        s += exp(x[k] - x[k + 1]) * x[k + 2] + exp(0.2 * x[k + 3]);
    return e * (1.0 + 0.1 * s);
}

double f(const double *x) { return steps(x, 10); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 10; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)steps, enzyme_dup, x, g, enzyme_const, 10L);
}
