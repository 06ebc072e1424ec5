/* bench.h: shared helpers of the enzymec benchmark programs (C and C++).
 *
 * Every program prints line-oriented results the harness (benchmarks/__main__.py) parses:
 *   time SECONDS...       wall time of the measured region (clock_gettime, setup excluded),
 *                         one per repetition (BENCH_REPS, after one untimed warm-up run)
 *   value X               function value / final loss
 *   grad X0 X1 ...        16 evenly spaced samples of the gradient (or of trained parameters)
 *   gabs X                sum of |gradient| (or of |trained parameters|)
 *   tape_peak_bytes N     (enzymec versions) peak heap bytes live above the baseline inside
 *   tape_total_bytes N    the measured region, and total bytes requested there */
#ifndef BENCH_H
#define BENCH_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static inline double bench_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* splitmix64: a small deterministic generator, so every version sees the same data. */
static inline uint64_t bench_rng_next(uint64_t *s) {
    uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
/* uniform in [0, 1) */
static inline double bench_rng_unif(uint64_t *s) {
    return (double)(bench_rng_next(s) >> 11) * (1.0 / 9007199254740992.0);
}

static inline long bench_arg(int argc, char **argv, int i, long dflt) {
    return argc > i ? strtol(argv[i], NULL, 10) : dflt;
}

static inline void bench_print_time(double seconds) { printf("time %.9f\n", seconds); }
static inline void bench_print_value(double v) { printf("value %.17g\n", v); }

static inline void bench_print_samples(const double *a, size_t n) {
    size_t k = n < 16 ? n : 16;
    double sabs = 0;
    printf("grad");
    for (size_t i = 0; i < k; i++)
        printf(" %.17g", a[k > 1 ? i * (n - 1) / (k - 1) : 0]);
    printf("\n");
    for (size_t i = 0; i < n; i++)
        sabs += fabs(a[i]);
    printf("gabs %.17g\n", sabs);
}

/* REPS from the environment (BENCH_REPS), default 5. */
static inline int bench_reps(void) {
    const char *s = getenv("BENCH_REPS");
    int r = s ? atoi(s) : 5;
    return r > 0 ? r : 1;
}

/* ADOL-C programs (one version per process): every repetition's seconds on one line. */
static inline void bench_print_times(const double *t, int reps) {
    printf("time");
    for (int r = 0; r < reps; r++)
        printf(" %.9f", t[r]);
    printf("\n");
}

#endif
