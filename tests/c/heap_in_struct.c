/* gradcheck: n=3 lo=-2 hi=2 */
/* A heap buffer reached through a field of a local struct: at -O0 the data pointer is
 * stored into the struct and loaded back for every access, so finding the allocation that
 * needs a shadow means following the pointer through memory. */
#include <enzyme.h>
#include <stdlib.h>

typedef struct { double *data; size_t len; } vec;

static volatile int N = 5;

static void vinit(vec *v, size_t n) { v->data = malloc(n * sizeof(double)); v->len = n; }
static void vset(vec *v, size_t i, double x) { v->data[i] = x; }

double norm2(const double *x, int n) {
    vec v;
    vinit(&v, n);
    for (int i = 0; i < n; i++) vset(&v, i, x[i % 3] * (i + 1));
    double s = 0.0;
    for (size_t i = 0; i < v.len; i++) s += v.data[i] * v.data[i];
    free(v.data);
    return s;
}

double f(const double *x) { return norm2(x, N); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    __enzyme_autodiff((void *)norm2, x, g, N);
}
void analytic(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    for (int i = 0; i < N; i++) g[i % 3] += 2.0 * x[i % 3] * (i + 1.0) * (i + 1.0);
}
