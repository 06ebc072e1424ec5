/* gmm: ADBench's Gaussian mixture model objective (objective.inc), its expert handwritten
 * gradient (hand.h) and the enzymec gradient (`__enzyme_autodiff` of the objective), timed
 * in one process (bench_run.h). The gradient is with respect to alphas, means and icf.
 * usage: timed D K N   (build with -DBENCH_NO_AD for a compiler without autodiff) */
#include "common.h"
#include "hand.h"
#include "../bench_run.h"
#ifndef BENCH_NO_AD
#include <enzyme.h>
#endif

#define REAL double
#define REAL_NEW(n) ((double *)malloc(sizeof(double) * (size_t)(n)))
#define REAL_FREE(p) free(p)
#define GMM_NAME(x) gmm_##x
#include "objective.inc"

__attribute__((noinline)) double gmm_primal(int d, int k, int n, const double *alphas,
                                            const double *means, const double *icf,
                                            const double *x, double gamma, int m) {
    return gmm_objective(d, k, n, alphas, means, icf, x, gamma, m);
}

#ifndef BENCH_NO_AD
/* Adds into grad = [d alphas, d means, d icf] (zeroed by the caller, untimed). */
__attribute__((noinline)) void gmm_grad_enzyme(const struct gmm_data *g, double *grad) {
    int k = g->k, d = g->d;
    __enzyme_autodiff((void *)gmm_objective, g->d, g->k, g->n, enzyme_dup, g->alphas, grad,
                      enzyme_dup, g->means, grad + k, enzyme_dup, g->icf, grad + k + k * d,
                      enzyme_const, g->x, enzyme_const, g->gamma, g->m);
}
#endif

struct gmm_ctx { struct gmm_data g; double *grad, *scratch, f; };

static void gmm_reset(void *c) {
    struct gmm_ctx *s = c;
    memset(s->grad, 0, sizeof(double) * (size_t)gmm_nparams(&s->g));
}
static void gmm_run_primal(void *c) {
    struct gmm_ctx *s = c;
    struct gmm_data *g = &s->g;
    s->f = gmm_primal(g->d, g->k, g->n, g->alphas, g->means, g->icf, g->x, g->gamma, g->m);
}
static void gmm_run_hand(void *c) {
    struct gmm_ctx *s = c;
    gmm_grad_hand(&s->g, s->grad, s->scratch);
}
#ifndef BENCH_NO_AD
static void gmm_run_enzyme(void *c) {
    struct gmm_ctx *s = c;
    gmm_grad_enzyme(&s->g, s->grad);
}
#endif
static void gmm_value(void *c, const char *name) {
    bench_report_value(name, ((struct gmm_ctx *)c)->f);
}
static void gmm_grad(void *c, const char *name) {
    struct gmm_ctx *s = c;
    bench_report_samples(name, s->grad, (size_t)gmm_nparams(&s->g));
}

int main(int argc, char **argv) {
    struct gmm_ctx s;
    s.g = gmm_setup(argc, argv);
    s.grad = (double *)calloc((size_t)gmm_nparams(&s.g), sizeof(double));
    s.scratch = (double *)calloc((size_t)(3 * s.g.k * s.g.d + 3 * s.g.k), sizeof(double));
    const struct bench_version vs[] = {
        {"primal", gmm_reset, gmm_run_primal, gmm_value},
        {"hand", gmm_reset, gmm_run_hand, gmm_grad},
#ifndef BENCH_NO_AD
        {"enzyme", gmm_reset, gmm_run_enzyme, gmm_grad},
#endif
    };
    bench_run_all(vs, (int)(sizeof vs / sizeof vs[0]), bench_reps(), &s);
    return 0;
}
