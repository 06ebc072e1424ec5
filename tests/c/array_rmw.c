/* gradcheck: n=4 lo=-2 hi=2 */
/* Read-modify-write of a dup output array: acc[i] += x[i] * x[j]. */
#include <enzyme.h>

void outer_acc(const double *x, double *acc, int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            acc[i] += x[i] * x[j] * (j + 1);
}

static double loss(const double *x) {
    double acc[4] = {1.0, -1.0, 0.5, 2.0};
    outer_acc(x, acc, 4);
    double s = 0.0;
    for (int i = 0; i < 4; i++) s += acc[i] * (i + 1);
    return s;
}

double f(const double *x) { return loss(x); }
void grad(const double *x, double *g) {
    /* loss = sum_i w_i acc_i: seed the shadow of acc with the weights */
    double acc[4] = {1.0, -1.0, 0.5, 2.0}, dacc[4] = {1.0, 2.0, 3.0, 4.0};
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)outer_acc, enzyme_dup, x, g, enzyme_dup, acc, dacc,
                      enzyme_const, 4);
}
void analytic(const double *x, double *g) {
    /* sum_i (i+1) x_i * S, S = sum_j (j+1) x_j */
    double s = 0.0, t = 0.0;
    for (int j = 0; j < 4; j++) { s += (j + 1) * x[j]; t += (j + 1) * x[j]; }
    for (int k = 0; k < 4; k++) g[k] = (k + 1) * s + t * (k + 1);
}
