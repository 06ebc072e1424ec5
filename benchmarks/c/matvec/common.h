/* matvec: loss(M) = sum_i (M v)_i^2 with M n x n; one gradient w.r.t. M, or `steps` steps of
 * gradient descent M -= rate * dloss/dM.
 * usage: PROG grad N        -> one gradient (time), prints samples of dM
 *        PROG descent N S   -> S descent steps (time), prints the final loss and samples of M
 * The primal version evaluates the loss once (grad) or S times (descent) instead. */
#include "../bench.h"

struct matvec_setup {
    int descent;
    long n, steps;
    double rate;
    double *mat, *dmat, *vec;
};

static struct matvec_setup matvec_setup(int argc, char **argv) {
    struct matvec_setup s;
    s.descent = argc > 1 && strcmp(argv[1], "descent") == 0;
    s.n = bench_arg(argc, argv, 2, 2000);
    s.steps = bench_arg(argc, argv, 3, 20);
    /* |v|^2 ~ n/3, so each step scales out = M v by about 1 - 2 rate n/3 = 5/6. */
    s.rate = 0.25 / (double)s.n;
    size_t nn = (size_t)s.n * (size_t)s.n;
    s.mat = (double *)malloc(sizeof(double) * nn);
    s.dmat = (double *)calloc(nn, sizeof(double));
    s.vec = (double *)malloc(sizeof(double) * (size_t)s.n);
    uint64_t r = 7;
    for (size_t i = 0; i < nn; i++)
        s.mat[i] = (2.0 * bench_rng_unif(&r) - 1.0) / (double)s.n;
    for (long j = 0; j < s.n; j++)
        s.vec[j] = 2.0 * bench_rng_unif(&r) - 1.0;
    return s;
}

/* Plain loss, used after the measured region to report the trained loss. */
static double matvec_loss_ref(const double *mat, const double *vec, long n) {
    double sum = 0;
    for (long i = 0; i < n; i++) {
        double o = 0;
        for (long j = 0; j < n; j++)
            o += mat[i * n + j] * vec[j];
        sum += o * o;
    }
    return sum;
}

static void matvec_report(struct matvec_setup *s) {
    size_t nn = (size_t)s->n * (size_t)s->n;
    if (s->descent) {
        bench_print_value(matvec_loss_ref(s->mat, s->vec, s->n));
        bench_print_samples(s->mat, nn);
    } else {
        bench_print_samples(s->dmat, nn);
    }
    free(s->mat);
    free(s->dmat);
    free(s->vec);
}
