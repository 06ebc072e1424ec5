/* tree_reduce: f(x) = tree(x, n), a recursive (not tail recursive) pairwise reduction:
 * leaves of <= 16 elements sum sin(x_i) x_i, every internal node combines its two halves into
 * sqrt(a^2 + b^2 + 1). Input: n doubles uniform in [-2, 2) (seed 2024).
 * usage: PROG [N=4194304] [REPS=2]
 * The measured region is REPS gradient evaluations w.r.t. x (dx zeroed before each; the
 * gradient versions print f and the last gradient), or REPS evaluations of f for the primal. */
#include "../bench.h"

#define TR_N 4194304 /* 2^22 */
#define TR_REPS 2

static double leaf(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++)
        s += sin(x[i]) * x[i];
    return s;
}

double tree(const double *x, int n) {
    if (n <= 16) return leaf(x, n);
    int h = n / 2;
    double a = tree(x, h), b = tree(x + h, n - h);
    return sqrt(a * a + b * b + 1.0);
}

static double *tr_input(long n) {
    double *x = (double *)malloc(sizeof(double) * (size_t)n);
    uint64_t s = 2024;
    for (long i = 0; i < n; i++)
        x[i] = 4.0 * bench_rng_unif(&s) - 2.0;
    return x;
}
