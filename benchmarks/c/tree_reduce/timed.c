/* tree_reduce: primal, expert handwritten gradient and enzymec gradient timed in one process
 * (bench_run.h). Timed region: REPS gradients of tree(x, n) w.r.t. x (dx zeroed before each),
 * or REPS evaluations of tree for the primal (see common.h).
 * usage: timed [N=4194304] [REPS=2]   (-DBENCH_NO_AD: no enzymec version) */
#define _GNU_SOURCE /* sincos */
#include "common.h"
#include "../bench_run.h"
#ifndef BENCH_NO_AD
#include <enzyme.h>
#endif

/* Expert gradient. The forward recursion records each internal node's (a, b, r) in preorder
 * (24 bytes per node, fewer than n / 8 nodes: 12 MB at n = 2^22, the least any reverse of a
 * non-invertible recursion keeps); each leaf computes sin and cos of x_i once (one sincos),
 * adds sin(x_i) x_i to its value and stores the local derivative cos(x_i) x_i + sin(x_i) in
 * dx_i itself (no tape for leaves). The reverse recursion passes seed a / r and seed b / r to
 * the halves (one division per node) and a leaf only scales its dx_i by its seed: sin and cos
 * computed once per element, x read twice and dx written twice, nothing else. Overwrites dx
 * (the enzymec gradient adds into dx, which is zeroed before each gradient, timed, in both). */
struct tr_node {
    double a, b, r;
};

static double tr_fwd_leaf(const double *restrict x, double *restrict dx, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
        double si, ci;
        sincos(x[i], &si, &ci);
        s += si * x[i];
        dx[i] = ci * x[i] + si;
    }
    return s;
}

static double tr_fwd(const double *x, double *dx, int n, struct tr_node **next) {
    if (n <= 16) return tr_fwd_leaf(x, dx, n);
    struct tr_node *p = (*next)++; /* preorder */
    int h = n / 2;
    double a = tr_fwd(x, dx, h, next), b = tr_fwd(x + h, dx + h, n - h, next);
    double r = sqrt(a * a + b * b + 1.0);
    p->a = a;
    p->b = b;
    p->r = r;
    return r;
}

static void tr_rev(double *dx, int n, double seed, const struct tr_node **next) {
    if (n <= 16) {
        for (int i = 0; i < n; i++)
            dx[i] *= seed;
        return;
    }
    const struct tr_node *p = (*next)++;
    int h = n / 2;
    double s = seed / p->r;
    tr_rev(dx, h, s * p->a, next);
    tr_rev(dx + h, n - h, s * p->b, next);
}

/* Writes the gradient into dx and returns f. Leaves hold >= 8 elements when n > 16. */
__attribute__((noinline)) double dtree_hand(const double *restrict x, double *restrict dx, int n) {
    struct tr_node *nodes = (struct tr_node *)malloc(sizeof(struct tr_node) * (size_t)(n / 8 + 1));
    struct tr_node *next = nodes;
    double f = tr_fwd(x, dx, n, &next);
    const struct tr_node *rnext = nodes;
    tr_rev(dx, n, 1.0, &rnext);
    free(nodes);
    return f;
}

#ifndef BENCH_NO_AD
__attribute__((noinline)) void dtree_enzyme(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)tree, enzyme_dup, x, dx, enzyme_const, n); /* adds into dx */
}
#endif

__attribute__((noinline)) double primal_tree(const double *x, int n) { return tree(x, n); }

struct tr { int n; long reps; double *x, *dx, f; };

static void tr_reset(void *c) { struct tr *t = c; t->f = 0; }
static void tr_primal(void *c) {
    struct tr *t = c;
    for (long r = 0; r < t->reps; r++) {
        __asm__ __volatile__("" : : : "memory"); /* no CSE across evaluations */
        t->f = primal_tree(t->x, t->n);
    }
}
static void tr_hand(void *c) {
    struct tr *t = c;
    for (long r = 0; r < t->reps; r++) {
        memset(t->dx, 0, sizeof(double) * (size_t)t->n);
        t->f = dtree_hand(t->x, t->dx, t->n);
    }
}
#ifndef BENCH_NO_AD
static void tr_enzyme(void *c) {
    struct tr *t = c;
    for (long r = 0; r < t->reps; r++) {
        memset(t->dx, 0, sizeof(double) * (size_t)t->n);
        dtree_enzyme(t->x, t->dx, t->n);
    }
}
#endif
static void tr_value(void *c, const char *name) { bench_report_value(name, ((struct tr *)c)->f); }
static void tr_grad(void *c, const char *name) {
    struct tr *t = c;
    bench_report_value(name, t->f);
    bench_report_samples(name, t->dx, (size_t)t->n);
}
#ifndef BENCH_NO_AD
/* The enzymec gradient returns no value (enzyme_primal_return is not supported in reverse
 * mode): the value for the report is computed here, after the timed call, so that both
 * timed gradients do the same work (the expert's returns f from the forward it runs anyway;
 * computing tree() inside the timed call charged enzymec one more primal: 1.30x for 1.0x). */
static void tr_grad_enzyme(void *c, const char *name) {
    struct tr *t = c;
    t->f = tree(t->x, t->n);
    tr_grad(c, name);
}
#endif

int main(int argc, char **argv) {
    struct tr t;
    t.n = (int)bench_arg(argc, argv, 1, TR_N);
    t.reps = bench_arg(argc, argv, 2, TR_REPS);
    t.x = tr_input(t.n);
    t.dx = (double *)calloc((size_t)t.n, sizeof(double));
    const struct bench_version vs[] = {
        {"primal", tr_reset, tr_primal, tr_value},
        {"hand", tr_reset, tr_hand, tr_grad},
#ifndef BENCH_NO_AD
        {"enzyme", tr_reset, tr_enzyme, tr_grad_enzyme},
#endif
    };
    bench_run_all(vs, (int)(sizeof vs / sizeof vs[0]), bench_reps(), &t);
    free(t.x);
    free(t.dx);
    return 0;
}
