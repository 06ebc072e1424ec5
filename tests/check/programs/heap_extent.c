/* Extents from malloc and calloc calls whose size reaches the autodiff call: the function
 * reads x through an index array, so its own accesses bound nothing, and the heap block's
 * size (n doubles) is what is copied. */
#include <enzyme.h>
#include <stdio.h>
#include <stdlib.h>

double gathered(const double *x, const int *perm, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += x[perm[i]] * x[i] * (1.0 + 0.1 * i);
    return s;
}

int main(int argc, char **argv) {
    int n = 5 + (argc > 1);
    double *x = malloc(n * sizeof(double));
    double *dx = calloc(n, sizeof(double));
    int *perm = malloc(n * sizeof(int));
    for (int i = 0; i < n; i++) {
        x[i] = 0.25 * i - 0.6;
        perm[i] = (3 * i + 1) % n;
    }
    __enzyme_autodiff((void *)gathered, enzyme_dup, x, dx, enzyme_const, perm, enzyme_const, n);
    for (int i = 0; i < n; i++) printf("%.17g %.17g %d\n", x[i], dx[i], perm[i]);
    free(x);
    free(dx);
    free(perm);
    return 0;
}
