/* expect-error: realloc */
/* realloc of a buffer the caller passed (with its shadow), in reverse mode: the reverse
 * sweep must move the adjoints of the kept bytes back into the caller's shadow, and the old
 * block's size is unknown (Enzyme refuses this too). Forward mode reallocs the tangent
 * instead (ad/memory/foreign_realloc.py, tests/c/forward/fwd_realloc_argument.c). */
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
