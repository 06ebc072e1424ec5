/* tree_reduce's leaf tape kept in dx (issue 11 item 6), modelled in C before any synthesis
 * change: what the shadow tape through the recursion would save and cost. In one process,
 * interleaved (the order rotates each round), CPU time of the thread, best of ROUNDS:
 *   expert   benchmarks/c/tree_reduce/timed.c's dtree_hand (local derivative stored in dx)
 *   enzymec  the real gradient (__enzyme_autodiff: leaf tape on the record stack)
 *   taped    a C model of enzymec's gradient: a record stack (internal node {a, b, r}, leaf
 *            {buffer, capacity} after its loop tape of n doubles), the reverse pops them
 *   shadow   the same model with the leaf tape in dx while dx[i] is +0.0 bitwise: the leaf
 *            record keeps {buffer = NULL, 0}; the forward loads dx[i], stores g_i there if
 *            it held +0.0, else reserves the ordinary tape, moves what it stored and puts the
 *            zeros back; the reverse stores +0.0 + seed * dx[i] (bitwise the taped gradient's
 *            dx[i] + seed * g_i on a zero element) or reads the ordinary tape
 *   shadow-0 shadow with dx all -0.0 (every leaf leaves the shadow at its first element)
 *   norec    taped without the leaf's 16-byte record: its tape sits right below the next
 *            record and its length is the leaf's n (the other route for memory)
 * It also checks the shadow model's dx bitwise against the taped model's (dx +0.0, -0.0, a
 * nonzero element late in a leaf), prints the stack bytes each model uses, and shows why
 * the per-element +0.0 test alone is not enough: with the halves overlapping by one element
 * (tree(x, h + 1), tree(x + h, n - h)) the shadow model's gradient differs from the taped
 * one (the right leaf finds the left leaf's value in dx[h], takes the ordinary tape, and
 * its reverse adds into the left leaf's tape element).
 * Build and run: enzymec -O3 -march=native -fno-math-errno tr_shadow_ab.c -o ab -lm
 *                && ./ab [n=4194304] [rounds=9]
 * (the enzymec row is the real gradient with its leaf tape in dx, the default since session
 * 11; built with ENZYMEC_SHADOW_RECURSION=0 it is the taped one: benchmarks/RESULTS.md,
 * tree_reduce in "What is still missing") */
#define _GNU_SOURCE
#include "../c/tree_reduce/common.h"
#include <enzyme.h>
#include <time.h>

static double cpu_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* ---- expert (a copy of timed.c's) ---- */
struct tr_node { double a, b, r; };
static double ex_leaf(const double *restrict x, double *restrict dx, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) {
        double si, ci;
        sincos(x[i], &si, &ci);
        s += si * x[i];
        dx[i] = ci * x[i] + si;
    }
    return s;
}
static double ex_fwd(const double *x, double *dx, int n, struct tr_node **next) {
    if (n <= 16) return ex_leaf(x, dx, n);
    struct tr_node *p = (*next)++;
    int h = n / 2;
    double a = ex_fwd(x, dx, h, next), b = ex_fwd(x + h, dx + h, n - h, next);
    double r = sqrt(a * a + b * b + 1.0);
    p->a = a, p->b = b, p->r = r;
    return r;
}
static void ex_rev(double *dx, int n, double seed, const struct tr_node **next) {
    if (n <= 16) {
        for (int i = 0; i < n; i++) dx[i] *= seed;
        return;
    }
    const struct tr_node *p = (*next)++;
    int h = n / 2;
    double s = seed / p->r;
    ex_rev(dx, h, s * p->a, next);
    ex_rev(dx + h, n - h, s * p->b, next);
}
__attribute__((noinline)) void expert(const double *restrict x, double *restrict dx, int n) {
    struct tr_node *nodes = malloc(sizeof(struct tr_node) * (size_t)(n / 8 + 1)), *next = nodes;
    ex_fwd(x, dx, n, &next);
    const struct tr_node *r = nodes;
    ex_rev(dx, n, 1.0, &r);
    free(nodes);
}

/* ---- the real enzymec gradient ---- */
__attribute__((noinline)) void enz(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)tree, enzyme_dup, x, dx, enzyme_const, n);
}

/* ---- models: one record stack (bump pointer, LIFO) ---- */
static char *stack, *top;
static size_t stack_high;
struct leaf_rec { double *buf; long cap; };
static void *push(size_t bytes) {
    void *p = top;
    top += bytes;
    if ((size_t)(top - stack) > stack_high) stack_high = (size_t)(top - stack);
    return p;
}
static void *pop(size_t bytes) { return top -= bytes; }

static int SHADOW, NOREC, OVERLAP;
static double m_leaf_taped(const double *x, int n) {
    double *t = push(8 * (size_t)n), s = 0;
    for (int i = 0; i < n; i++) {
        double si, ci;
        sincos(x[i], &si, &ci);
        s += si * x[i];
        t[i] = ci * x[i] + si;
    }
    if (!NOREC) {
        struct leaf_rec *r = push(sizeof *r);
        r->buf = t, r->cap = n;
    }
    return s;
}
/* The shadow leaf: g_i into dx[i] while dx[i] is +0.0 bitwise; at the first other element
 * the ordinary tape is reserved, the values so far moved there and the zeros put back. */
static double m_leaf_shadow(const double *x, double *dx, int n) {
    double s = 0, *t = NULL;
    for (int i = 0; i < n; i++) {
        double si, ci;
        sincos(x[i], &si, &ci);
        s += si * x[i];
        double g = ci * x[i] + si;
        if (!t) {
            uint64_t bits;
            memcpy(&bits, &dx[i], 8);
            if (bits == 0) { dx[i] = g; continue; }
            t = push(8 * (size_t)n);
            memcpy(t, dx, 8 * (size_t)i);
            memset(dx, 0, 8 * (size_t)i);
        }
        t[i] = g;
    }
    struct leaf_rec *r = push(sizeof *r);
    r->buf = t, r->cap = t ? n : 0;
    return s;
}
static double m_fwd(const double *x, double *dx, int n) {
    if (n <= 16) return SHADOW ? m_leaf_shadow(x, dx, n) : m_leaf_taped(x, n);
    int h = n / 2;
    double a = m_fwd(x, dx, h + OVERLAP), b = m_fwd(x + h, dx + h, n - h);
    double r = sqrt(a * a + b * b + 1.0);
    double *rec = push(24);
    rec[0] = a, rec[1] = b, rec[2] = r;
    return r;
}
static void m_rev(double *dx, int n, double seed) {
    if (n <= 16 && NOREC) {
        double *t = pop(8 * (size_t)n);
        for (int i = 0; i < n; i++) dx[i] += seed * t[i];
        return;
    }
    if (n <= 16) {
        struct leaf_rec *r = pop(sizeof *r);
        if (!r->buf) {
            for (int i = 0; i < n; i++) dx[i] = 0.0 + seed * dx[i];
        } else {
            for (int i = 0; i < n; i++) dx[i] += seed * r->buf[i];
            pop(8 * (size_t)r->cap);
        }
        return;
    }
    double *rec = pop(24);
    int h = n / 2;
    double s = seed / rec[2];
    m_rev(dx + h, n - h, s * rec[1]); /* LIFO: the second half's records are on top */
    m_rev(dx, h + OVERLAP, s * rec[0]);
}
__attribute__((noinline)) void model(const double *x, double *dx, int n, int shadow) {
    SHADOW = shadow == 1, NOREC = shadow == 2;
    m_fwd(x, dx, n);
    m_rev(dx, n, 1.0);
}

static void fill(double *dx, int n, int how) {
    memset(dx, 0, 8 * (size_t)n);
    if (how == 1) for (int i = 0; i < n; i++) dx[i] = -0.0;
    if (how == 2) dx[n - 3] = 1.5;
}
static int same_bits(const double *x, int n) {
    double *a = malloc(8 * (size_t)n), *b = malloc(8 * (size_t)n);
    int ok = 1;
    for (int how = 0; how < 3; how++) {
        fill(a, n, how), fill(b, n, how);
        model(x, a, n, 0), model(x, b, n, 1);
        ok &= memcmp(a, b, 8 * (size_t)n) == 0;
    }
    free(a), free(b);
    return ok;
}
/* Halves overlapping by one element: how many elements of the shadow model's gradient
 * differ from the taped model's (dx zero). */
static int overlap_differences(const double *x, int n) {
    double *a = calloc((size_t)n, 8), *b = calloc((size_t)n, 8);
    OVERLAP = 1;
    model(x, a, n, 0), model(x, b, n, 1);
    OVERLAP = 0;
    int d = 0;
    for (int i = 0; i < n; i++) d += memcmp(&a[i], &b[i], 8) != 0;
    free(a), free(b);
    return d;
}
static int cmp(const void *a, const void *b) {
    double u = *(const double *)a, v = *(const double *)b;
    return (u > v) - (u < v);
}
int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : TR_N, rounds = argc > 2 ? atoi(argv[2]) : 9;
    if (rounds < 1 || rounds > 64) rounds = 9;
    double *x = tr_input(n), *dx = calloc((size_t)n, 8);
    stack = top = malloc(8 * (size_t)n + 64 * (size_t)n / 8 + 4096);
    const char *names[] = {"expert", "enzymec", "taped", "shadow", "shadow-0", "norec"};
    enum { NV = 6 };
    double best[NV], t[NV][64];
    for (int v = 0; v < NV; v++) best[v] = 1e9;
    for (int r = -1; r < rounds; r++)
        for (int k = 0; k < NV; k++) {
            int v = (k + (r < 0 ? 0 : r)) % NV;
            fill(dx, n, v == 4);
            double t0 = cpu_now();
            if (v == 0) expert(x, dx, n);
            else if (v == 1) enz(x, dx, n);
            else model(x, dx, n, v == 5 ? 2 : v >= 3);
            double dt = cpu_now() - t0;
            if (r >= 0) t[v][r] = dt, best[v] = dt < best[v] ? dt : best[v];
        }
    stack_high = 0, top = stack, model(x, dx, n, 0);
    size_t taped_bytes = stack_high;
    fill(dx, n, 0), stack_high = 0, top = stack, model(x, dx, n, 1);
    size_t shadow_bytes = stack_high;
    stack_high = 0, top = stack, model(x, dx, n, 2);
    printf("n %d rounds %d; stack bytes: taped %zu, shadow %zu, norec %zu; shadow bits == "
           "taped bits: %s; overlapping halves: %d elements differ\n", n, rounds, taped_bytes,
           shadow_bytes, stack_high, same_bits(x, n) ? "yes" : "NO",
           overlap_differences(x, n));
    for (int v = 0; v < NV; v++) {
        double q[64];
        for (int r = 0; r < rounds; r++) q[r] = t[v][r] / t[0][r];
        qsort(q, (size_t)rounds, 8, cmp);
        printf("%-9s best %.4f s  best/expert %.3f  median per-round ratio %.3f\n", names[v],
               best[v], best[v] / best[0], q[rounds / 2]);
    }
    double q[64];
    for (int r = 0; r < rounds; r++) q[r] = t[3][r] / t[2][r];
    qsort(q, (size_t)rounds, 8, cmp);
    printf("shadow/taped per round: min %.3f median %.3f max %.3f\n", q[0], q[rounds / 2],
           q[rounds - 1]);
    return 0;
}
