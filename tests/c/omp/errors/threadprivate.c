#include <stdio.h>
double __enzyme_autodiff(void *, ...);
static double acc;
#pragma omp threadprivate(acc)
static double value(double *x) {
    double s = 0;
#pragma omp parallel reduction(+ : s)
    {
        acc = 0;
#pragma omp for
        for (int i = 0; i < 16; i++) acc += x[i] * x[i];
        s += acc;
    }
    return s;
}
int main(void) {
    double x[16], dx[16] = {0};
    for (int i = 0; i < 16; i++) x[i] = 0.1 * i;
    __enzyme_autodiff((void *)value, x, dx);
    printf("%g expect %g\n", dx[3], 0.6);
    return 0;
}
