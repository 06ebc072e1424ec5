/* vector: n=4 m=2 width=8 mode=reverse lo=-1 hi=1 */
/* Heap memory in the differentiated code, eight seeds: each lane's shadow allocation. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
extern int enzyme_width, enzyme_dupv;
void __enzyme_autodiff(void *, ...);

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
    double y[2], seeds[16];
    memcpy(seeds, s, sizeof seeds);
    memset(out, 0, 32 * sizeof(double));
    __enzyme_autodiff((void *)g, enzyme_width, 8, enzyme_dupv, 4 * sizeof(double), x, out,
                      enzyme_dupv, 2 * sizeof(double), y, seeds, 4);
}
