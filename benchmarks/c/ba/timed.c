/* ba: ADBench's bundle adjustment residuals (objective.inc), their expert handwritten
 * Jacobian (hand.h) and enzymec's (enzyme_jac.h: two reverse sweeps, one width-2 reverse
 * call, one width-15 forward call per observation), timed in one process (bench_run.h).
 * J is p blocks of 2 x 15 (column-major, columns cam 0-10, X 11-13, w 14) then the p
 * derivatives of the weight residuals; F computes every residual.
 * usage: timed [SIZE | N M P]      SIZE 1 = ADBench's ba1 (default), 10 = ba10
 *        timed check [SIZE | N M P]  compare every Jacobian with the expert's and with
 *                                    central differences (exit 1 on a mismatch)
 * (build with -DBENCH_NO_AD for a compiler without autodiff) */
#include "common.h"
#include "hand.h"
#include "../bench_run.h"

#define REAL double
#define BA_NAME(x) ba_##x
#define BA_FEAT double
#include "objective.inc"
#ifndef BENCH_NO_AD
#include "enzyme_jac.h"
#endif

__attribute__((noinline)) void ba_primal(const struct ba_data *b, double *r, double *we) {
    ba_objective(b->p, b->cams, b->X, b->w, b->obs, b->feats, r, we);
}

#define BA_CAM(b, i) ((b)->cams + BA_NCAM * (b)->obs[2 * (i)])
#define BA_PT(b, i) ((b)->X + 3 * (b)->obs[2 * (i) + 1])

#ifndef BENCH_NO_AD
enum ba_mode { BA_REV, BA_REVW2, BA_FWD };

/* The whole Jacobian by enzymec in one of the three ways; Jw = J + 30 p. */
__attribute__((noinline)) void ba_jac_enzyme(const struct ba_data *b, const struct ba_seeds *s,
                                             int mode, double *J) {
    double *Jw = J + 30 * (size_t)b->p;
    for (int i = 0; i < b->p; i++) {
        double *Ji = J + 30 * (size_t)i;
        if (mode == BA_FWD)
            ba_jac_fwd(s, BA_CAM(b, i), BA_PT(b, i), b->w + i, b->feats + 2 * i, Ji);
        else if (mode == BA_REVW2)
            ba_jac_revw2(BA_CAM(b, i), BA_PT(b, i), b->w + i, b->feats + 2 * i, Ji);
        else
            ba_jac_rev(BA_CAM(b, i), BA_PT(b, i), b->w + i, b->feats + 2 * i, Ji);
        Jw[i] = ba_jac_werr(b->w + i);
    }
}
#endif

struct ba_ctx { struct ba_data b; double *J, *r, f; struct ba_seeds *seeds; };

static size_t ba_jlen(const struct ba_data *b) { return 31 * (size_t)b->p; }
static void ba_reset(void *c) {
    struct ba_ctx *s = c;
    memset(s->J, 0, sizeof(double) * ba_jlen(&s->b));
}
static void ba_run_primal(void *c) {
    struct ba_ctx *s = c;
    ba_primal(&s->b, s->r, s->r + 2 * (size_t)s->b.p);
}
static void ba_value(void *c, const char *name) {
    struct ba_ctx *s = c;
    double v = 0;
    for (size_t i = 0; i < 3 * (size_t)s->b.p; i++)
        v += s->r[i] * s->r[i];
    bench_report_value(name, v);
}
static void ba_run_hand(void *c) {
    struct ba_ctx *s = c;
    ba_jac_hand_all(&s->b, s->J, s->J + 30 * (size_t)s->b.p);
}
#ifndef BENCH_NO_AD
static void ba_run_rev(void *c) {
    struct ba_ctx *s = c;
    ba_jac_enzyme(&s->b, s->seeds, BA_REV, s->J);
}
static void ba_run_revw2(void *c) {
    struct ba_ctx *s = c;
    ba_jac_enzyme(&s->b, s->seeds, BA_REVW2, s->J);
}
static void ba_run_fwd(void *c) {
    struct ba_ctx *s = c;
    ba_jac_enzyme(&s->b, s->seeds, BA_FWD, s->J);
}
#endif
static void ba_jac(void *c, const char *name) {
    struct ba_ctx *s = c;
    bench_report_samples(name, s->J, ba_jlen(&s->b));
}

#include "check.h"

int main(int argc, char **argv) {
    int check = argc > 1 && strcmp(argv[1], "check") == 0;
    struct ba_ctx s;
    s.b = ba_setup(argc - check, argv + check);
    s.J = (double *)calloc(ba_jlen(&s.b), sizeof(double));
    s.r = (double *)calloc(3 * (size_t)s.b.p, sizeof(double));
    s.seeds = NULL;
#ifndef BENCH_NO_AD
    s.seeds = (struct ba_seeds *)malloc(sizeof *s.seeds);
    ba_seeds_init(s.seeds);
#endif
    if (check)
        return ba_check(&s);
    const struct bench_version vs[] = {
        {"primal", ba_reset, ba_run_primal, ba_value},
        {"hand", ba_reset, ba_run_hand, ba_jac},
#ifndef BENCH_NO_AD
        {"enzyme", ba_reset, ba_run_revw2, ba_jac}, /* the fastest of the three (RESULTS.md) */
        {"enzyme_rev", ba_reset, ba_run_rev, ba_jac},
        {"enzyme_fwd15", ba_reset, ba_run_fwd, ba_jac},
#endif
    };
    bench_run_all(vs, (int)(sizeof vs / sizeof vs[0]), bench_reps(), &s);
    return 0;
}
