/* explain: -O2 */
/* Local memory holding active data gets a shadow: a stack array and a heap buffer. */
#include <enzyme.h>
#include <stdlib.h>

static double f(const double *x, int n) {
    double local[4];
    double *heap = malloc(n * sizeof(double));
    double s = 0;
    for (int i = 0; i < 4; i++)
        local[i] = x[i] * x[i];
    for (int i = 0; i < n; i++)
        heap[i] = local[i % 4] * 3.0;
    for (int i = 0; i < n; i++)  /* read back mirrored: not fused with the loop before */
        s += heap[n - 1 - i];
    free(heap);
    return s;
}
void df(const double *x, double *dx, int n) { __builtin_autodiff(f, x, dx, n); }
