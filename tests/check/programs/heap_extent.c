/* Extents from malloc and calloc calls whose size reaches the autodiff call. */
#include <enzyme.h>
#include <stdio.h>
#include <stdlib.h>

double dot_self(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += x[i] * x[i] * (1.0 + 0.1 * i);
    return s;
}

int main(int argc, char **argv) {
    int n = 5 + (argc > 1);
    double *x = malloc(n * sizeof(double));
    double *dx = calloc(n, sizeof(double));
    for (int i = 0; i < n; i++) x[i] = 0.25 * i - 0.6;
    __enzyme_autodiff((void *)dot_self, enzyme_dup, x, dx, enzyme_const, n);
    for (int i = 0; i < n; i++) printf("%.17g %.17g\n", x[i], dx[i]);
    free(x);
    free(dx);
    return 0;
}
