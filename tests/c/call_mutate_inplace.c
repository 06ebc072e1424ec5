/* gradcheck: n=5 lo=0.2 hi=2 */
/* Helpers that mutate their array argument in place (normalize, then a running prefix sum)
 * and a caller that reads the mutated array afterwards. */
#include <enzyme.h>
#include <math.h>

#define N 5
static const double T[N] = {0.3, -1.2, 0.7, 2.0, -0.4};

__attribute__((noinline)) static void normalize(double *v, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += v[i] * v[i];
    double inv = 1.0 / sqrt(s);
    for (int i = 0; i < n; i++) v[i] *= inv;
}
__attribute__((noinline)) static void prefix_sum(double *v, int n) {
    for (int i = 1; i < n; i++) v[i] += v[i - 1];
}

double align(double *v) {
    normalize(v, N);
    prefix_sum(v, N);
    double c = 0.0;
    for (int i = 0; i < N; i++) c += T[i] * v[i];
    return c * c;
}

double f(const double *x) {
    double v[N];
    for (int i = 0; i < N; i++) v[i] = x[i];
    return align(v);
}
void grad(const double *x, double *g) {
    double v[N];
    for (int i = 0; i < N; i++) { v[i] = x[i]; g[i] = 0.0; }
    __enzyme_autodiff((void *)align, enzyme_dup, v, g);
}
void analytic(const double *x, double *g) {
    /* c = w.u with u = x/|x| and w_i = sum_{j>=i} T_j; dc/dx = (w - c u)/|x| */
    double w[N], norm = 0.0, c = 0.0;
    for (int i = 0; i < N; i++) norm += x[i] * x[i];
    norm = sqrt(norm);
    for (int i = N - 1; i >= 0; i--) w[i] = T[i] + (i + 1 < N ? w[i + 1] : 0.0);
    for (int i = 0; i < N; i++) c += w[i] * x[i] / norm;
    for (int i = 0; i < N; i++) g[i] = 2 * c * (w[i] - c * x[i] / norm) / norm;
}
