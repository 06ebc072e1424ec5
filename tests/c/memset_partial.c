/* gradcheck: n=5 lo=-2 hi=2 */
/* memset on part of an active array: the zeroed entries lose the derivative contributions of
 * later uses, but keep those of uses before the memset. */
#include <enzyme.h>
#include <string.h>

#define N 5

double masked(double *v) {
    double s0 = 0.0;
    for (int i = 0; i < N; i++) s0 += v[i] * v[i] * (i + 1);
    memset(v + 1, 0, 2 * sizeof(double));
    double s1 = 0.0;
    for (int i = 0; i < N; i++) s1 += v[i] * v[(i + 1) % N];
    return s0 + s1;
}

double f(const double *x) {
    double v[N];
    for (int i = 0; i < N; i++) v[i] = x[i];
    return masked(v);
}
void grad(const double *x, double *g) {
    double v[N];
    for (int i = 0; i < N; i++) { v[i] = x[i]; g[i] = 0.0; }
    __enzyme_autodiff((void *)masked, enzyme_dup, v, g);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < N; i++) g[i] = 2 * x[i] * (i + 1);
    /* after the memset: s1 = v3 v4 + v4 v0 */
    g[0] += x[4];
    g[3] += x[4];
    g[4] += x[3] + x[0];
}
