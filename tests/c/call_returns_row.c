/* gradcheck: n=12 lo=-2 hi=2 */
/* A callee returning a pointer to a row of a row-major matrix; the caller dots each row with
 * a vector: the quadratic form x^T A x with both A (3x3) and x active. */
#include <enzyme.h>

#define N 3

__attribute__((noinline)) static const double *row(const double *a, int i, int n) {
    return a + i * n;
}
static double dot(const double *a, const double *b, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}

double quad(const double *a, const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += x[i] * dot(row(a, i, n), x, n);
    return s;
}

double f(const double *x) { return quad(x, x + N * N, N); }
void grad(const double *x, double *g) {
    for (int i = 0; i < N * N + N; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)quad, enzyme_dup, x, g, enzyme_dup, x + N * N, g + N * N,
                      enzyme_const, N);
}
void analytic(const double *x, double *g) {
    const double *a = x, *v = x + N * N;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) g[i * N + j] = v[i] * v[j];
    for (int k = 0; k < N; k++) {
        double s = 0.0;
        for (int j = 0; j < N; j++) s += (a[k * N + j] + a[j * N + k]) * v[j];
        g[N * N + k] = s;
    }
}
