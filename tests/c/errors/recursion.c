/* expect-error: recursive */
/* Recursion over memory (a pointer argument) needs an augmented forward and a reverse per
 * call, which enzymec does not build yet: it must say so at the recursive call. (Recursive
 * functions of scalars are differentiated: see tests/c/recursion_scalar.c.) */
#include <enzyme.h>

double rsum(double *x, int n) {
    if (n == 0) return 0.0;
    return x[0] * x[0] + rsum(x + 1, n - 1); /* ERROR */
}

void drsum(double *x, double *dx) { __builtin_autodiff(rsum, x, dx, 4); }
