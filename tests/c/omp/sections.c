/* '#pragma omp sections': each section run by one thread */
#define N 12
#include "omp_check.h"

static void kernel(double *x, double *out) {
#pragma omp parallel sections
    {
#pragma omp section
        out[0] = x[0] * x[1] + sin(x[2]);
#pragma omp section
        out[1] = exp(0.5 * x[3]) * x[4];
#pragma omp section
        {
            double s = 0;
            for (int i = 5; i < N; i++) s += x[i] * x[i - 1];
            out[2] = s;
        }
    }
}
static double value(double *x, double *out) {
    kernel(x, out);
    return out[0] * out[1] + out[2] * out[2];
}
static double f(double *x) { double out[3]; return value(x, out); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double out[3], dout[3] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, out, dout);
}
