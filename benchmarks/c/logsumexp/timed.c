/* logsumexp: primal, expert handwritten gradient and enzymec gradient timed in one process
 * (bench_run.h).  f(x) = log(sum_i exp(x_i - A)) + A with A = max_i x_i; df/dx_i = softmax_i.
 * usage: timed [N=1e7]   (build with -DBENCH_NO_AD for a compiler without autodiff) */
#include "common.h"
#include "../bench_run.h"
#ifndef BENCH_NO_AD
#include <enzyme.h>
#endif

__attribute__((noinline)) double logsumexp(const double *x, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++)
        A = x[i] > A ? x[i] : A;
    double sema = 0;
    for (long i = 0; i < n; i++)
        sema += exp(x[i] - A);
    return log(sema) + A;
}

/* Expert gradient: the primal's two passes (max; exp and sum) with each exp(x_i - A) stored
 * once into dx, then one scaling pass by 1/sum over dx, which is hot in cache only in part
 * (n = 1e7 is 80 MB) but costs one multiply per element, far less than the exp it saves.
 * exp is computed n times, as in the primal: the least any gradient can do without changing
 * the primal's arithmetic. `restrict`: dx is the caller's output buffer, distinct from x.
 * Overwrites dx (the enzymec gradient adds into dx, which the caller zeroes untimed). */
__attribute__((noinline)) void dlogsumexp_hand(const double *restrict x, double *restrict dx,
                                               long n) {
    double A = x[0];
    for (long i = 1; i < n; i++)
        A = x[i] > A ? x[i] : A;
    double sema = 0;
    for (long i = 0; i < n; i++) {
        double e = exp(x[i] - A);
        dx[i] = e;
        sema += e;
    }
    double inv = 1.0 / sema;
    for (long i = 0; i < n; i++)
        dx[i] *= inv;
}

#ifndef BENCH_NO_AD
__attribute__((noinline)) void dlogsumexp_enzyme(const double *x, double *dx, long n) {
    __enzyme_autodiff((void *)logsumexp, enzyme_dup, x, dx, n); /* adds into dx */
}
#endif

struct lse { long n; double *x, *dx, f; };

static void lse_reset(void *c) {
    struct lse *s = c;
    memset(s->dx, 0, sizeof(double) * (size_t)s->n);
}
static void lse_primal(void *c) { struct lse *s = c; s->f = logsumexp(s->x, s->n); }
static void lse_hand(void *c) { struct lse *s = c; dlogsumexp_hand(s->x, s->dx, s->n); }
#ifndef BENCH_NO_AD
static void lse_enzyme(void *c) { struct lse *s = c; dlogsumexp_enzyme(s->x, s->dx, s->n); }
#endif
static void lse_value(void *c, const char *name) { bench_report_value(name, ((struct lse *)c)->f); }
static void lse_grad(void *c, const char *name) {
    struct lse *s = c;
    bench_report_samples(name, s->dx, (size_t)s->n);
}

int main(int argc, char **argv) {
    struct lse s;
    s.n = bench_arg(argc, argv, 1, 10000000);
    s.x = lse_input(s.n);
    s.dx = (double *)calloc((size_t)s.n, sizeof(double));
    const struct bench_version vs[] = {
        {"primal", lse_reset, lse_primal, lse_value},
        {"hand", lse_reset, lse_hand, lse_grad},
#ifndef BENCH_NO_AD
        {"enzyme", lse_reset, lse_enzyme, lse_grad},
#endif
    };
    bench_run_all(vs, (int)(sizeof vs / sizeof vs[0]), bench_reps(), &s);
    free(s.x);
    free(s.dx);
    return 0;
}
