/* expect-error: returns a pointer */
/* A recursive function returning a pointer into differentiated memory would need a shadow
 * return value from its augmented forward, which enzymec does not build: it must say so at
 * the call instead of losing the derivative of what the pointer reads. */
#include <enzyme.h>

double *largest(double *x, int n) {
    if (n == 1) return x;
    double *rest = largest(x + 1, n - 1);
    return *rest > x[0] ? rest : x;
}

double top(double *x, int n) { return *largest(x, n) * 2.0; } /* ERROR */

void dtop(double *x, double *dx) { __builtin_autodiff(top, x, dx, 4); }
