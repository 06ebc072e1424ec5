/* tree_reduce, handwritten gradient: a forward recursion records every internal node's
 * (a, b, r = sqrt(a^2 + b^2 + 1)) in preorder, then a reverse recursion visits the nodes in the
 * same order, passing seed a / r and seed b / r to the halves; a leaf adds
 * seed (cos(x_i) x_i + sin(x_i)) to dx_i. O(n), no recomputation of tree nodes (see common.h).
 * usage: hand [N=4194304] [REPS=2] */
#include "common.h"

struct tr_node {
    double a, b, r;
};

static double tr_fwd(const double *x, int n, struct tr_node **next) {
    if (n <= 16) return leaf(x, n);
    struct tr_node *p = (*next)++; /* preorder */
    int h = n / 2;
    double a = tr_fwd(x, h, next), b = tr_fwd(x + h, n - h, next);
    double r = sqrt(a * a + b * b + 1.0);
    p->a = a;
    p->b = b;
    p->r = r;
    return r;
}

static void tr_rev(const double *x, double *dx, int n, double seed,
                   const struct tr_node **next) {
    if (n <= 16) {
        for (int i = 0; i < n; i++)
            dx[i] += seed * (cos(x[i]) * x[i] + sin(x[i]));
        return;
    }
    const struct tr_node *p = (*next)++;
    int h = n / 2;
    double s = seed / p->r;
    tr_rev(x, dx, h, s * p->a, next);
    tr_rev(x + h, dx + h, n - h, s * p->b, next);
}

/* Adds the gradient into dx and returns f. Leaves hold >= 8 elements when n > 16, so there are
 * fewer than n / 8 internal nodes. */
__attribute__((noinline)) double dtree(const double *x, double *dx, int n) {
    struct tr_node *nodes = (struct tr_node *)malloc(sizeof(struct tr_node) * (size_t)(n / 8 + 1));
    struct tr_node *next = nodes;
    double f = tr_fwd(x, n, &next);
    const struct tr_node *rnext = nodes;
    tr_rev(x, dx, n, 1.0, &rnext);
    free(nodes);
    return f;
}

int main(int argc, char **argv) {
    int n = (int)bench_arg(argc, argv, 1, TR_N);
    long reps = bench_arg(argc, argv, 2, TR_REPS);
    double *x = tr_input(n);
    double *dx = (double *)calloc((size_t)n, sizeof(double));
    double f = 0;
    double t0 = bench_now();
    for (long r = 0; r < reps; r++) {
        memset(dx, 0, sizeof(double) * (size_t)n);
        f = dtree(x, dx, n);
    }
    double t1 = bench_now();
    bench_print_time(t1 - t0);
    bench_print_value(f);
    bench_print_samples(dx, (size_t)n);
    free(x);
    free(dx);
    return 0;
}
