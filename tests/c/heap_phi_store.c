/* gradcheck: n=3 lo=-2 hi=2 */
/* Pointers that are phis of allocations, stored into memory: a buffer from malloc or from
 * calloc depending on the sign of an input, kept in a heap array of structs; and two local
 * buffers swapped every time step (loop phis), stored into a heap struct that a
 * non-inlined step function reads them from. The shadow stored beside each pointer must be
 * the phi of the allocations' shadows. */
#include <enzyme.h>
#include <stdlib.h>

typedef struct { double *buf; int n; } holder;
typedef struct { double *src, *dst; int n; } step_args;

__attribute__((noinline)) static void fill(holder *h, const double *x) {
    for (int i = 0; i < h->n; i++) h->buf[i] = x[i] * x[i] + h->buf[0] * 0.25 * i;
}
__attribute__((noinline)) static void step(step_args *s) {
    for (int i = 0; i < s->n; i++) s->dst[i] = 0.5 * s->src[i] * s->src[(i + 1) % s->n];
}

double phis(const double *x, int n) {
    holder *hs = malloc(2 * sizeof(holder));
    for (int k = 0; k < 2; k++) {
        double *p;
        if (x[k] > 0) { p = malloc(n * sizeof(double)); p[0] = x[2] * x[k]; }
        else { p = calloc(n, sizeof(double)); p[0] = x[2] - x[k]; }
        hs[k].buf = p;
        hs[k].n = n;
    }
    fill(&hs[1], x);
    double s = 0.0;
    for (int i = 0; i < n; i++) s += hs[1].buf[i] * (i + 1) + hs[0].buf[0] * hs[1].buf[i];
    double a[3], b[3];
    for (int i = 0; i < 3; i++) a[i] = x[i] + hs[0].buf[0];
    double *cur = a, *nxt = b;
    step_args *args = malloc(sizeof(step_args));
    for (int t = 0; t < 3; t++) {
        args->src = cur; args->dst = nxt; args->n = 3;
        step(args);
        double *tmp = cur; cur = nxt; nxt = tmp;
    }
    s += cur[0] + 2.0 * cur[1] + 3.0 * cur[2];
    free(args); free(hs[0].buf); free(hs[1].buf); free(hs);
    return s;
}

double f(const double *x) { return phis(x, 3); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    __enzyme_autodiff((void *)phis, x, g, 3);
}
