/* expect-error: realloc */
/* realloc of a buffer the caller passed (with its shadow): the size of the caller's shadow
 * is unknown, so the shadow cannot follow the move. */
#include <enzyme.h>
#include <stdlib.h>

double f(double *a, int n) {
    a = realloc(a, 2 * n * sizeof *a); /* ERROR */
    for (int i = 0; i < n; i++) a[n + i] = a[i] * a[i];
    double s = 0.0;
    for (int i = 0; i < 2 * n; i++) s += a[i];
    free(a);
    return s;
}

void df(double *a, double *da, int n) { __enzyme_autodiff((void *)f, a, da, n); }
