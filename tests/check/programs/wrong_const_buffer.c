/* Active data (x[i]^2) stored in a work buffer passed as enzyme_const: the derivative
 * through the buffer is lost, and the check must say so (the re-runs get fresh copies of
 * the buffer, so the user's buffer ends as the real call leaves it). */
#include <enzyme.h>
#include <stdio.h>
#include <stdlib.h>

double smooth(const double *x, double *work, int n) {
    double *tmp = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) work[i] = x[i] * x[i];
    for (int i = 0; i < n; i++) tmp[i] = work[i] + (i ? work[i - 1] : 0.0);
    double s = 0;
    for (int i = 0; i < n; i++) s += tmp[i] * x[i];
    free(tmp);
    return s;
}

int main(void) {
    double x[5] = {0.2, -0.9, 1.4, 0.6, -0.3}, dx[5] = {0};
    double work[5] = {9, 9, 9, 9, 9};
    __enzyme_autodiff((void *)smooth, enzyme_dup, x, dx, enzyme_const, work, enzyme_const, 5); /* expect: failure */
    for (int i = 0; i < 5; i++) printf("%.17g %.17g %.17g\n", x[i], dx[i], work[i]);
    return 0;
}
