/* gradcheck: n=3 lo=-2 hi=2 */
/* Allocators reached through function pointers kept in globals (a table of pools, a plain
 * global pointer), as allocation wrappers do: the memory they return holds active data, so
 * it needs a shadow. enzymec compares the pointer with the functions of that type whose
 * address is taken (malloc here), shadows the allocation of the branch taken, and turns the
 * branch of an unknown target into a located run-time stop (it could not be shadowed). */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

struct pool {
    int used;
    void *(*alloc)(size_t);
} pools[2] = {{0, malloc}, {0, malloc}};

void *(*plain_alloc)(size_t) = malloc;

static double *take(int which, int count) {
    pools[which].used++;
    return (double *)pools[which].alloc((size_t)count * sizeof(double));
}

static double loss(const double *x, int n) {
    double *a = take(0, n), *b = take(1, n);
    double *c = (double *)plain_alloc((size_t)n * sizeof(double));
    for (int i = 0; i < n; i++) {
        a[i] = sin(x[i]) * x[(i + 1) % n];
        b[i] = a[i] * a[i] + x[i];
        c[i] = exp(0.3 * b[i]) - a[i] * x[(i + 2) % n];
    }
    double s = 0.0;
    for (int i = 0; i < n; i++) s += c[i] * a[i] + b[i] * c[(i + 1) % n];
    free(a), free(b), free(c);
    return s;
}

double f(const double *x) { return loss(x, 3); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)loss, enzyme_dup, x, g, enzyme_const, 3);
}
