/* fwd_logsumexp: a Jacobian-vector product by forward mode (issue 9 item 8). The primal, an
 * expert handwritten tangent and enzymec's `__enzyme_fwddiff` of the primal, timed in one
 * process (bench_run.h). f(x) = log(sum_i exp(x_i - A)) + A with A = max_i x_i; the JVP in
 * direction v is sum_i softmax_i(x) v_i.
 * usage: timed [N=1e7]   (build with -DBENCH_NO_AD for a compiler without autodiff) */
#include "../logsumexp/common.h"
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

/* Expert tangent: the primal's two passes; each exp(x_i - A) is computed once and feeds both
 * the sum and the v-weighted sum, so the JVP costs one multiply-add per element more than the
 * primal and stores nothing (A's own tangent cancels: sum_i p_i (v_i - dA) + dA). */
__attribute__((noinline)) double jvp_logsumexp_hand(const double *restrict x,
                                                    const double *restrict v, long n) {
    double A = x[0];
    for (long i = 1; i < n; i++)
        A = x[i] > A ? x[i] : A;
    double s = 0, sv = 0;
    for (long i = 0; i < n; i++) {
        double e = exp(x[i] - A);
        s += e;
        sv += e * v[i];
    }
    return sv / s;
}

#ifndef BENCH_NO_AD
__attribute__((noinline)) double jvp_logsumexp_enzyme(const double *x, const double *v, long n) {
    return __enzyme_fwddiff((void *)logsumexp, enzyme_dup, x, v, enzyme_const, n);
}
#endif

struct lse { long n; double *x, *v, f; };

static void lse_input_direction(struct lse *s) {
    uint64_t seed = 7;
    s->v = (double *)malloc(sizeof(double) * (size_t)s->n);
    for (long i = 0; i < s->n; i++)
        s->v[i] = 2.0 * bench_rng_unif(&seed) - 1.0;
}
static void lse_reset(void *c) { ((struct lse *)c)->f = 0; }
static void lse_primal(void *c) { struct lse *s = c; s->f = logsumexp(s->x, s->n); }
static void lse_hand(void *c) { struct lse *s = c; s->f = jvp_logsumexp_hand(s->x, s->v, s->n); }
#ifndef BENCH_NO_AD
static void lse_enzyme(void *c) { struct lse *s = c; s->f = jvp_logsumexp_enzyme(s->x, s->v, s->n); }
#endif
static void lse_value(void *c, const char *name) { bench_report_value(name, ((struct lse *)c)->f); }
static void lse_tangent(void *c, const char *name) {
    bench_report_samples(name, &((struct lse *)c)->f, 1);
}

int main(int argc, char **argv) {
    struct lse s;
    s.n = bench_arg(argc, argv, 1, 10000000);
    s.x = lse_input(s.n);
    lse_input_direction(&s);
    const struct bench_version vs[] = {
        {"primal", lse_reset, lse_primal, lse_value},
        {"hand", lse_reset, lse_hand, lse_tangent},
#ifndef BENCH_NO_AD
        {"enzyme", lse_reset, lse_enzyme, lse_tangent},
#endif
    };
    bench_run_all(vs, (int)(sizeof vs / sizeof vs[0]), bench_reps(), &s);
    free(s.x);
    free(s.v);
    return 0;
}
