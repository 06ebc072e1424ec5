/* Work buffers the function writes but that carry no derivative: weights computed from
 * constants in an enzyme_const double buffer, an index buffer of ints, and a heap block of
 * its own. Each re-run gets fresh copies, so the user's buffers end as the real call
 * leaves them. */
#include <enzyme.h>
#include <stdio.h>
#include <stdlib.h>

double weighted(const double *x, double *weights, int *order, int n) {
    double *tmp = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) {
        weights[i] = 1.0 / (1.0 + i);
        order[i] = n - 1 - i;
    }
    for (int i = 0; i < n; i++) tmp[i] = x[order[i]] * weights[i];
    double s = 0;
    for (int i = 0; i < n; i++) s += tmp[i] * x[i];
    free(tmp);
    return s;
}

int main(void) {
    double x[5] = {0.2, -0.9, 1.4, 0.6, -0.3}, dx[5] = {0};
    double weights[5] = {9, 9, 9, 9, 9};
    int order[5] = {7, 7, 7, 7, 7};
    __enzyme_autodiff((void *)weighted, enzyme_dup, x, dx, enzyme_const, weights,
                      enzyme_const, order, enzyme_const, 5);
    for (int i = 0; i < 5; i++) printf("%.17g %.17g %.17g %d\n", x[i], dx[i], weights[i], order[i]);
    return 0;
}
