/* Extents from local arrays: the whole object is copied (rule 1), including an offset
 * into it (&x[1]); the function's loop bound is a constant. */
#include <enzyme.h>
#include <stdio.h>

double energy(const double *x) {
    double s = 0;
    for (int i = 0; i < 3; i++) s += x[i] * x[i] * x[i] - 2.0 * x[i] * x[(i + 1) % 3];
    return s;
}

int main(void) {
    double x[4] = {0.4, -0.7, 1.3, 2.0}, dx[4] = {0};
    __enzyme_autodiff((void *)energy, enzyme_dup, x, dx);
    __enzyme_autodiff((void *)energy, enzyme_dup, &x[1], &dx[1]);
    printf("%.17g %.17g %.17g %.17g\n", dx[0], dx[1], dx[2], dx[3]);
    printf("%.17g %.17g %.17g %.17g\n", x[0], x[1], x[2], x[3]);
    return 0;
}
