/* gradcheck: n=3 lo=-1 hi=1 */
/* Reverse over forward through heap memory: grad differentiates, in reverse mode, enzymec's
 * directional derivative (forward mode, along V) of a function with a malloc'd temporary,
 * checked against central differences of that directional derivative written by hand (f).
 * The inner tangent allocates a heap shadow (__enzymec_shadow_alloc), which the outer
 * derivative now takes as calloc'd user memory (it was a located error:
 * enzymec/ad/higher_order/nested_runtime.py). */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

static const double V[3] = {0.5, -1.0, 0.25};

static double loss(const double *x, int n) {  /* sum_i exp(x_i) x_{i+1}^2 */
    double *t = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) t[i] = exp(x[i]) * x[(i + 1) % n];
    double s = 0;
    for (int i = 0; i < n; i++) s += t[i] * x[(i + 1) % n];
    free(t);
    return s;
}

static double directional(const double *x) {
    double v[3] = {V[0], V[1], V[2]};
    return __enzyme_fwddiff((void *)loss, enzyme_dup, x, v, enzyme_const, 3);
}

double f(const double *x) {  /* the derivative of loss along V, by hand */
    double d = 0;
    for (int i = 0; i < 3; i++) {
        int j = (i + 1) % 3;
        d += exp(x[i]) * (V[i] * x[j] * x[j] + 2 * x[j] * V[j]);
    }
    return d;
}
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)directional, enzyme_dup, x, g);
}
