/* gradcheck: n=7 lo=-2 hi=2 */
/* Recursion through pointer arguments: a complete binary tree of malloc'ed nodes built
 * recursively over an active array, then a recursive weighted sum over node pointers. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

typedef struct tnode { double v; struct tnode *left, *right; } tnode;

static tnode *build(const double *x, int lo, int hi) {
    if (lo >= hi) return NULL;
    int mid = (lo + hi) / 2;
    tnode *t = malloc(sizeof *t);
    t->v = x[mid];
    t->left = build(x, lo, mid);
    t->right = build(x, mid + 1, hi);
    return t;
}
static double tree_sum(const tnode *t, int depth) {
    if (!t) return 0.0;
    return sin(t->v) * (depth + 1) + tree_sum(t->left, depth + 1) + tree_sum(t->right, depth + 1);
}
static void destroy(tnode *t) {
    if (!t) return;
    destroy(t->left);
    destroy(t->right);
    free(t);
}

double tree_loss(const double *x, int n) {
    tnode *root = build(x, 0, n);
    double s = tree_sum(root, 0);
    destroy(root);
    return s * s;
}

double f(const double *x) { return tree_loss(x, 7); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 7; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)tree_loss, enzyme_dup, x, g, enzyme_const, 7);
}
void analytic(const double *x, double *g) {
    /* 7 nodes: root x3 (depth 0), x1 and x5 (depth 1), x0 x2 x4 x6 (depth 2) */
    static const int DEPTH[7] = {2, 1, 2, 0, 2, 1, 2};
    double s = 0.0;
    for (int i = 0; i < 7; i++) s += sin(x[i]) * (DEPTH[i] + 1);
    for (int i = 0; i < 7; i++) g[i] = 2 * s * cos(x[i]) * (DEPTH[i] + 1);
}
