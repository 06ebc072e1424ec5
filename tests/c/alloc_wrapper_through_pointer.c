/* gradcheck: n=3 lo=-2 hi=2 */
/* A function returning fresh heap memory (here an allocation wrapper, reached through a
 * function pointer) that is not inlined (the split variant): its augmented forward returns
 * the pointer's shadow too, made by the callee's own analysis. Allocators reached through function
 * pointers kept in globals (a table of pools, a plain global pointer), as allocation
 * wrappers do: the memory they return holds active data, so
 * it needs a shadow; enzymec dispatches on the pointer (malloc, or the counting wrapper of
 * this file) and shadows the allocation of the branch taken. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

static int allocations;

static void *counting_alloc(size_t bytes) {
    allocations++;
    return malloc(bytes);
}

struct pool {
    int used;
    void *(*alloc)(size_t);
} pools[2] = {{0, malloc}, {0, counting_alloc}};

void *(*plain_alloc)(size_t) = malloc;

__attribute__((noinline)) static double *take(int which, int count) {
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
