/* Attribution of the enzymec tree_reduce gradient's cost (RESULTS.md, analysis): the expert
 * gradient (one sincos per element), then enzymec's arithmetic (sin cached in the forward, cos
 * in the reverse) with the cache in one warm buffer, then with a malloc'd cache per leaf as
 * enzymec's tree.augmented does. Best of 7, interleaved.
 * Build and run: gcc -O3 -march=native tr_parts.c -o tr_parts -lm && ./tr_parts */
#define _GNU_SOURCE
#include "../c/tree_reduce/common.h"
struct nd { double a, b, r; };
static int MODE; /* 0 expert sincos; 1 sin cached in one tape + cos in reverse; 2 = 1 with a malloc per leaf */
static double *tape; static double **leafp;
static double fwd(const double *x, double *dx, int n, struct nd **next, long *li) {
    if (n <= 16) {
        double s = 0;
        if (MODE == 0) { for (int i = 0; i < n; i++) { double si, ci; sincos(x[i], &si, &ci); s += si * x[i]; dx[i] = ci * x[i] + si; } return s; }
        double *t = MODE == 1 ? tape + *li * 16 : malloc(8 * n);
        if (MODE == 2) leafp[*li] = t;
        (*li)++;
        for (int i = 0; i < n; i++) { double si = sin(x[i]); t[i] = si; s += si * x[i]; }
        return s;
    }
    struct nd *p = (*next)++; int h = n / 2;
    double a = fwd(x, dx, h, next, li), b = fwd(x + h, dx + h, n - h, next, li);
    double r = sqrt(a * a + b * b + 1.0); p->a = a; p->b = b; p->r = r; return r;
}
static void rev(const double *x, double *dx, int n, double seed, const struct nd **next, long *li) {
    if (n <= 16) {
        if (MODE == 0) { for (int i = 0; i < n; i++) dx[i] *= seed; return; }
        double *t = MODE == 1 ? tape + *li * 16 : leafp[*li]; (*li)++;
        for (int i = 0; i < n; i++) dx[i] += seed * (cos(x[i]) * x[i] + t[i]);
        if (MODE == 2) free(t);
        return;
    }
    const struct nd *p = (*next)++; int h = n / 2; double s = seed / p->r;
    rev(x, dx, h, s * p->a, next, li); rev(x + h, dx + h, n - h, s * p->b, next, li);
}
int main(void) {
    int n = TR_N; double *x = tr_input(n), *dx = calloc(n, 8);
    struct nd *nodes = malloc(sizeof(struct nd) * (n / 8 + 1)); tape = malloc(8L * n); leafp = malloc(8L * n / 8);
    memset(nodes, 0, sizeof(struct nd) * (n / 8 + 1)); memset(tape, 0, 8L * n);
    const char *nm[] = {"expert (one sincos per element)", "sin cached + cos in reverse (one warm tape)", "same, a malloc'd cache per leaf"};
    double best[3] = {1e9, 1e9, 1e9};
    for (int r = -1; r < 7; r++) for (MODE = 0; MODE < 3; MODE++) {
        memset(dx, 0, 8L * n); double t0 = bench_now();
        struct nd *nx = nodes; long li = 0; fwd(x, dx, n, &nx, &li);
        const struct nd *rn = nodes; li = 0; rev(x, dx, n, 1.0, &rn, &li);
        double t = bench_now() - t0; if (r >= 0 && t < best[MODE]) best[MODE] = t;
    }
    for (int k = 0; k < 3; k++) printf("%-45s %.4f (%.2fx)\n", nm[k], best[k], best[k] / best[0]);
}
