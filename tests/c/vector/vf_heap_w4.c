/* vector: n=4 m=2 width=4 mode=forward lo=-1 hi=1 */
/* Heap memory inside the differentiated code: each lane has its own zeroed shadow
 * allocation, freed with the primal. */
#include <math.h>
#include <stdlib.h>
extern int enzyme_width, enzyme_dup;
void __enzyme_fwddiff(void *, ...);

static void g(const double *x, double *y, int n) {
    double *t = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) t[i] = exp(0.5 * x[i]) * x[(i + 2) % n];
    double s = 0, q = 0;
    for (int i = 0; i < n; i++) { s += t[i]; q += t[i] * t[n - 1 - i]; }
    free(t);
    y[0] = s;
    y[1] = q;
}

void fun(const double *x, double *y) { g(x, y, 4); }

void deriv(const double *x, const double *s, double *out) {
    double y[2];
    __enzyme_fwddiff((void *)g, enzyme_width, 4, enzyme_dup, x, s, s + 4, s + 8, s + 12,
                     enzyme_dup, y, out, out + 2, out + 4, out + 6, 4);
}
