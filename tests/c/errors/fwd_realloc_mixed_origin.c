/* expect-error: realloc */
/* Forward mode: realloc of a pointer that is either the caller's buffer (its tangent a plain
 * heap block the tangent realloc moves) or a buffer allocated here (its tangent one of
 * enzymec's shadows, which shadow_realloc copies): the two rules differ, so it is refused
 * (since both are plain heap blocks now, realloc of the tangent could serve both). */
#include <enzyme.h>
#include <stdlib.h>

double __enzyme_fwddiff(void *, ...);

double f(double *a, int n) {
    double *p = n > 2 ? a : malloc(n * sizeof *p);
    if (p != a)
        for (int i = 0; i < n; i++) p[i] = a[i];
    p = realloc(p, 2 * n * sizeof *p); /* ERROR */
    for (int i = 0; i < n; i++) p[n + i] = p[i] * p[i];
    double s = 0.0;
    for (int i = 0; i < 2 * n; i++) s += p[i];
    free(p);
    return s;
}

double df(double *a, double *da, int n) {
    return __enzyme_fwddiff((void *)f, enzyme_dup, a, da, enzyme_const, n);
}
