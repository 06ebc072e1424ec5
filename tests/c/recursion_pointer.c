/* gradcheck: n=6 lo=-2 hi=2
 * untaken: "return n == 0 ? 0.0 : x[0] + even_part" model calls even_part with n = 6, so odd_part sees n = 5, 3, 1 and never 0
 */
/* Recursion through pointer arguments, differentiated with augmented forward and reverse
 * functions: a linear recursion over an array, a divide-and-conquer (tree) recursion, mutual
 * recursion, and a recursive in-place update whose later reads see earlier writes. */
#include <enzyme.h>

double rsum(const double *x, int n) {
    if (n == 0) return 0.0;
    return x[0] * x[0] + rsum(x + 1, n - 1);
}

double tree(const double *x, int n) {
    if (n == 1) return x[0] * x[0] * x[0];
    int half = n / 2;
    return tree(x, half) * 0.5 + tree(x + half, n - half);
}

double odd_part(const double *x, int n);
double even_part(const double *x, int n) {
    return n == 0 ? 1.0 : x[0] * odd_part(x + 1, n - 1);
}
double odd_part(const double *x, int n) {
    return n == 0 ? 0.0 : x[0] + even_part(x + 1, n - 1);
}

/* prefix products in place: y[i] *= y[i-1], recursively from the front */
void prefix(double *y, int i, int n) {
    if (i >= n) return;
    y[i] = y[i] * y[i - 1] + 0.1 * y[i];
    prefix(y, i + 1, n);
}

double model(const double *x, double *y, int n) {
    for (int i = 0; i < n; i++) y[i] = x[i];
    prefix(y, 1, n);
    return rsum(x, n) + tree(x, n) + even_part(x, n) + y[n - 1];
}

double f(const double *x) {
    double y[6];
    return model(x, y, 6);
}

void grad(const double *x, double *g) {
    double y[6], dy[6];
    for (int i = 0; i < 6; i++) g[i] = dy[i] = 0.0;
    __enzyme_autodiff((void *)model, enzyme_dup, x, g, enzyme_dup, y, dy, enzyme_const, 6);
}
