/* gradcheck: n=6 lo=-2 hi=2 */
/* Recursion through a pointer argument: divide-and-conquer sum of squares over an active
 * array (the recursive calls receive sub-array pointers). */
#include <enzyme.h>

double rsum(const double *x, int n) {
    if (n == 1) return x[0] * x[0];
    int h = n / 2;
    return rsum(x, h) + rsum(x + h, n - h);
}

double f(const double *x) { return rsum(x, 6); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)rsum, enzyme_dup, x, g, enzyme_const, 6);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 2 * x[i];
}
