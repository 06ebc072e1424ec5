/* hvp_logsumexp: a Hessian-vector product by forward over reverse (issue 9 item 8): enzymec's
 * `__enzyme_fwddiff` of a function whose body is `__enzyme_autodiff` of logsumexp, against an
 * expert handwritten HVP, with the primal, timed in one process (bench_run.h).
 * With p = softmax(x): gradient p, H v = p * v - p (p . v). Both versions write the gradient
 * into g and H v into hv (forward over reverse computes the gradient as its primal).
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

/* Expert HVP: the primal's two passes, each exp(x_i - A) computed once and stored into g
 * while the sums s = sum e_i and sv = sum e_i v_i accumulate; then one pass scales g to p
 * and forms hv_i = p_i (v_i - sv / s). n exps, like the primal; `restrict`: the caller's
 * buffers are distinct. */
__attribute__((noinline)) void hvp_logsumexp_hand(const double *restrict x,
                                                  const double *restrict v,
                                                  double *restrict g, double *restrict hv,
                                                  long n) {
    double A = x[0];
    for (long i = 1; i < n; i++)
        A = x[i] > A ? x[i] : A;
    double s = 0, sv = 0;
    for (long i = 0; i < n; i++) {
        double e = exp(x[i] - A);
        g[i] = e;
        s += e;
        sv += e * v[i];
    }
    double inv = 1.0 / s, pv = sv * inv;
    for (long i = 0; i < n; i++) {
        double p = g[i] * inv;
        g[i] = p;
        hv[i] = p * (v[i] - pv);
    }
}

#ifndef BENCH_NO_AD
/* The gradient by reverse mode (adds into g, which the caller zeroes). */
static void grad_logsumexp(const double *x, double *g, long n) {
    __enzyme_autodiff((void *)logsumexp, enzyme_dup, x, g, enzyme_const, n);
}

/* Its JVP by forward mode: the tangent of g in direction v is H v (hv zeroed by the caller,
 * as g is: the tangent of g's zero start). */
__attribute__((noinline)) void hvp_logsumexp_enzyme(const double *x, const double *v, double *g,
                                                    double *hv, long n) {
    __enzyme_fwddiff((void *)grad_logsumexp, enzyme_dup, x, v, enzyme_dup, g, hv,
                     enzyme_const, n);
}
#endif

struct lse { long n; double *x, *v, *g, *hv, f; };

static void lse_reset(void *c) {
    struct lse *s = c;
    memset(s->g, 0, sizeof(double) * (size_t)s->n);
    memset(s->hv, 0, sizeof(double) * (size_t)s->n);
}
static void lse_primal(void *c) { struct lse *s = c; s->f = logsumexp(s->x, s->n); }
static void lse_hand(void *c) {
    struct lse *s = c;
    hvp_logsumexp_hand(s->x, s->v, s->g, s->hv, s->n);
}
#ifndef BENCH_NO_AD
static void lse_enzyme(void *c) {
    struct lse *s = c;
    hvp_logsumexp_enzyme(s->x, s->v, s->g, s->hv, s->n);
}
#endif
static void lse_value(void *c, const char *name) { bench_report_value(name, ((struct lse *)c)->f); }
/* H v and the gradient, both compared (the gradient as the `value` line's sum). */
static void lse_hvp(void *c, const char *name) {
    struct lse *s = c;
    double gsum = 0;
    for (long i = 0; i < s->n; i++)
        gsum += s->g[i] * (double)(1 + i % 7);
    bench_report_value(name, gsum);
    bench_report_samples(name, s->hv, (size_t)s->n);
}

int main(int argc, char **argv) {
    struct lse s;
    s.n = bench_arg(argc, argv, 1, 10000000);
    s.x = lse_input(s.n);
    uint64_t seed = 7;
    s.v = (double *)malloc(sizeof(double) * (size_t)s.n);
    for (long i = 0; i < s.n; i++)
        s.v[i] = 2.0 * bench_rng_unif(&seed) - 1.0;
    s.g = (double *)calloc((size_t)s.n, sizeof(double));
    s.hv = (double *)calloc((size_t)s.n, sizeof(double));
    const struct bench_version vs[] = {
        {"primal", lse_reset, lse_primal, lse_value},
        {"hand", lse_reset, lse_hand, lse_hvp},
#ifndef BENCH_NO_AD
        {"enzyme", lse_reset, lse_enzyme, lse_hvp},
#endif
    };
    bench_run_all(vs, (int)(sizeof vs / sizeof vs[0]), bench_reps(), &s);
    free(s.x);
    free(s.v);
    free(s.g);
    free(s.hv);
    return 0;
}
