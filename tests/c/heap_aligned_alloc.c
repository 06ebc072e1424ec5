/* gradcheck: n=8 lo=-2 hi=2 */
/* aligned_alloc'ed (64-byte) buffer holding a 3-point moving average of the input (clamped
 * at the ends); the loss is the smoothed signal's energy plus its first difference. */
#include <enzyme.h>
#include <stdlib.h>

#define N 8

double smooth_energy(const double *x) {
    double *y = aligned_alloc(64, N * sizeof(double));
    for (int i = 0; i < N; i++) {
        double l = x[i > 0 ? i - 1 : 0], r = x[i < N - 1 ? i + 1 : N - 1];
        y[i] = (l + x[i] + r) / 3.0;
    }
    double s = 0.0;
    for (int i = 0; i < N; i++) s += y[i] * y[i];
    s += y[N - 1] - y[0];
    free(y);
    return s;
}

double f(const double *x) { return smooth_energy(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < N; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)smooth_energy, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    for (int j = 0; j < N; j++) g[j] = 0.0;
    for (int i = 0; i < N; i++) {
        int idx[3] = {i > 0 ? i - 1 : 0, i, i < N - 1 ? i + 1 : N - 1};
        double y = (x[idx[0]] + x[idx[1]] + x[idx[2]]) / 3.0;
        double dy = 2 * y + (i == N - 1) - (i == 0);
        for (int k = 0; k < 3; k++) g[idx[k]] += dy / 3.0;
    }
}
