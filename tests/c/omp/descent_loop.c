/* gradient-descent-like time loop: a parallel reduction and a parallel update per step */
#define N 16
#define STEPS 4
#include "omp_check.h"

static double value(double *x, double *w) {
    for (int i = 0; i < N; i++) w[i] = 0.1 * x[i];
    double loss = 0;
    for (int t = 0; t < STEPS; t++) {
        double r = 0;
#pragma omp parallel for reduction(+ : r)
        for (int i = 0; i < N; i++) r += w[i] * x[i];
#pragma omp parallel for
        for (int i = 0; i < N; i++) w[i] -= 0.05 * (r - 1.0) * x[i];
        loss += (r - 1.0) * (r - 1.0);
    }
    return loss;
}
static double f(double *x) { double w[N]; return value(x, w); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double w[N], dw[N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, w, dw);
}
