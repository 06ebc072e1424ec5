/* user split mode (__enzyme_augmentfwd / __enzyme_reverse) of a function with a parallel
 * reduction: the region's tapes live between the two calls */
#include <stdio.h>
void *__enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);
int enzyme_dup;
static void value(double *x, double *out) {
    double s = 0;
#pragma omp parallel for reduction(+ : s)
    for (int i = 0; i < 16; i++) s += x[i] * x[i] * x[(i + 1) % 16];
    *out = s;
}
int main(void) {
    double x[16], dx[16] = {0}, out = 0, dout = 1;
    for (int i = 0; i < 16; i++) x[i] = 0.1 * i;
    void *tape = __enzyme_augmentfwd((void *)value, enzyme_dup, x, dx, enzyme_dup, &out, &dout);
    __enzyme_reverse((void *)value, enzyme_dup, x, dx, enzyme_dup, &out, &dout, tape);
    /* d/dx3 of sum x_i^2 x_{i+1}: 2 x3 x4 + x2^2 */
    printf("%.17g expect %.17g\n", dx[3], 2 * 0.3 * 0.4 + 0.2 * 0.2);
    return 0;
}
