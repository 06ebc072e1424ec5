/* gradcheck: n=4 lo=-2 hi=2 */
/* A growable vector (struct with data/len/cap) pushed through realloc, then shrunk to fit
 * and grown again with reallocarray: the shadow follows every move of the data. */
#define _DEFAULT_SOURCE
#include <enzyme.h>
#include <stdlib.h>

typedef struct { double *data; size_t len, cap; } vec;

static void push(vec *v, double x) {
    if (v->len == v->cap) {
        v->cap = v->cap ? 2 * v->cap : 1;
        v->data = realloc(v->data, v->cap * sizeof *v->data);
    }
    v->data[v->len++] = x;
}

static volatile int N = 23;

double series(const double *x, int n) {
    vec v = {0};
    for (int i = 0; i < n; i++) push(&v, x[i % 4] * x[(i + 1) % 4] + i);
    v.data = realloc(v.data, v.len * sizeof *v.data);        /* shrink to fit */
    v.cap = v.len;
    v.data = reallocarray(v.data, 2 * v.len, sizeof *v.data); /* grow, values kept */
    for (size_t i = 0; i < v.len; i++) v.data[v.len + i] = v.data[i] * v.data[v.len - 1 - i];
    double s = 0.0;
    for (size_t i = 0; i < 2 * v.len; i++) s += v.data[i] * (1.0 + 0.1 * i);
    free(v.data);
    return s;
}

double f(const double *x) { return series(x, N); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)series, x, g, N);
}
