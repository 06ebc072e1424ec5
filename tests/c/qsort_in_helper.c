/* gradcheck: n=5 lo=-2 hi=2 */
/* qsort called in a helper the gradient inlines, not in the differentiated function itself:
 * the call arrives with the helper's body and is redirected to the runtime's sort then (it
 * was redirected only where it was written in the differentiated function: refused as an
 * external function). */
#include <enzyme.h>
#include <stdlib.h>

static int ascending(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

__attribute__((noinline)) static double weighted_sorted(double *v, int n) {
    qsort(v, n, sizeof(double), ascending);
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += (i + 1) * v[i] * v[i];
    return s;
}

static double loss(const double *x) {
    double v[5];
    for (int i = 0; i < 5; i++)
        v[i] = x[i] * (1.0 + 0.1 * i);
    return weighted_sorted(v, 5);
}

double f(const double *x) { return loss(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 5; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)loss, enzyme_dup, x, g);
}
