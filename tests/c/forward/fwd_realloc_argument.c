/* gradcheck: n=3 lo=-2 hi=2 tangent */
/* realloc of a buffer the caller passed (with its tangent buffer, enzyme_dup), grown twice
 * (the second realloc moves the first one's block) in a helper that also fills the new
 * elements, then freed: the tangent follows each move by a realloc of its own (Enzyme's
 * forward-mode rule) and is freed with free(). Both buffers come from malloc, as realloc
 * needs. Reverse mode refuses the same program (tests/c/errors/realloc_argument.c). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const, enzyme_dupnoneed, enzyme_primal_return, enzyme_const_return;

static double *grow(double *a, int n) {
    a = realloc(a, 2 * n * sizeof *a);
    for (int i = 0; i < n; i++) a[n + i] = sin(a[i]) * a[(i + 1) % n];
    a = realloc(a, 3 * n * sizeof *a);
    for (int i = 0; i < n; i++) a[2 * n + i] = a[n + i] * a[i];
    return a;
}

static double consume(double *a, int n) {
    a = grow(a, n);
    double s = 0.0;
    for (int i = 0; i < 3 * n; i++) s += a[i] * (1.0 + 0.25 * i);
    free(a);
    return s;
}

static double *heap_copy(const double *x, int n) {
    double *a = malloc(n * sizeof *a);
    memcpy(a, x, n * sizeof *a);
    return a;
}

double f(const double *x) { return consume(heap_copy(x, 3), 3); }

double jvp(const double *x, const double *v) {
    double *a = heap_copy(x, 3), *da = heap_copy(v, 3);
    return __enzyme_fwddiff((void *)consume, enzyme_dup, a, da, enzyme_const, 3);
}
