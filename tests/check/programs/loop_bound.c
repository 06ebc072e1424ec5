/* Extent from a loop bound that is another argument: the caller only has pointers it was
 * given, so x[0..n) is read from `for (i = 0; i < n; i++)` in the function. */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

double rosen(const double *x, long n) {
    double s = 0;
    for (long i = 0; i + 1 < n; i++)
        s += 100.0 * pow(x[i + 1] - x[i] * x[i], 2) + pow(1.0 - x[i], 2);
    return s;
}

double norm2(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += x[i] * x[i];
    return sqrt(s);
}

__attribute__((noinline)) void gradients(const double *x, double *g, double *h, int n) {
    __enzyme_autodiff((void *)norm2, enzyme_dup, x, g, enzyme_const, n);
    __enzyme_autodiff((void *)rosen, enzyme_dup, x, h, enzyme_const, (long)n);
}

int main(void) {
    double x[6] = {0.5, -0.3, 1.2, 0.8, -1.1, 0.05}, g[6] = {0}, h[6] = {0};
    gradients(x, g, h, 6);
    for (int i = 0; i < 6; i++) printf("%.17g %.17g %.17g\n", x[i], g[i], h[i]);
    return 0;
}
