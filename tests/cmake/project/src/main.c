/* Prints values the test recomputes in Python: djb2 hashes, and mean/variance/median of 1..n squared. */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include "stats.h"
#include "strhash.h"

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 10;
    double *x = malloc((size_t)n * sizeof *x);
    for (int i = 0; i < n; i++) x[i] = (double)((n - i) * (n - i));
    sort_doubles(x, (size_t)n);
    printf("mean %.6f\nvariance %.6f\nmedian %.6f\nsqrt %.6f\n", mean(x, (size_t)n), variance(x, (size_t)n), x[n / 2], sqrt(x[n - 1]));
    for (int i = 2; i < argc; i++) printf("djb2 %s %lu\n", argv[i], djb2(argv[i]));
    free(x);
    return 0;
}
