/* logsumexp: input data shared by every version. */
#include "../bench.h"

static double *lse_input(long n) {
    double *x = (double *)malloc(sizeof(double) * (size_t)n);
    uint64_t s = 42;
    for (long i = 0; i < n; i++)
        x[i] = 4.0 * bench_rng_unif(&s) - 2.0;
    return x;
}
