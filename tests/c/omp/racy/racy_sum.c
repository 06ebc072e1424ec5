/* negative control of the race check: the primal itself races (no reduction clause) */
#include <stdio.h>
double __enzyme_autodiff(void *, ...);
static double value(double *x) {
    double s = 0;
#pragma omp parallel for
    for (int i = 0; i < 64; i++) s += x[i] * x[i];
    return s;
}
int main(void) {
    double x[64], dx[64] = {0};
    for (int i = 0; i < 64; i++) x[i] = 0.01 * i;
    __enzyme_autodiff((void *)value, x, dx);
    printf("%g\n", dx[3]);
    return 0;
}
