/* gradcheck: n=1 lo=-2 hi=2 */
/* malloc/free in differentiated code: a heap buffer of active values (runtime size). */
#include <enzyme.h>
#include <stdlib.h>

double heap(double x, int n) {
    double *t = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) t[i] = x * i + 1.0;
    double s = 0.0;
    for (int i = 0; i < n; i++) s += t[i] * t[i];
    free(t);
    return s;
}

static volatile int N = 7;

double f(const double *x) { return heap(x[0], N); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(heap, x[0], N); }
void analytic(const double *x, double *g) {
    double d = 0.0;
    for (int i = 0; i < N; i++) d += 2.0 * (x[0] * i + 1.0) * i;
    g[0] = d;
}
