/* gradcheck: n=6 lo=-2 hi=2 */
/* A global array used as scratch space by differentiated code: data copied in, smoothed in
 * place (sequential Gauss-Seidel-like sweeps) and read back for the loss. */
#include <enzyme.h>

#define N 6
double scratch[16];

double smooth_loss(const double *x) {
    for (int i = 0; i < N; i++) scratch[i] = x[i];
    for (int pass = 0; pass < 3; pass++)
        for (int i = 1; i < N - 1; i++)
            scratch[i] = 0.25 * scratch[i - 1] + 0.5 * scratch[i] + 0.25 * scratch[i + 1];
    double s = 0.0;
    for (int i = 0; i < N; i++) s += scratch[i] * scratch[i] * (i + 1);
    return s + scratch[2] * x[N - 1];
}

double f(const double *x) { return smooth_loss(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < N; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)smooth_loss, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    /* the smoothing is linear: s = A x; build A column by column */
    double A[N][N];
    for (int j = 0; j < N; j++) {
        double s[N];
        for (int i = 0; i < N; i++) s[i] = i == j;
        for (int pass = 0; pass < 3; pass++)
            for (int i = 1; i < N - 1; i++) s[i] = 0.25 * s[i - 1] + 0.5 * s[i] + 0.25 * s[i + 1];
        for (int i = 0; i < N; i++) A[i][j] = s[i];
    }
    double s[N];
    for (int i = 0; i < N; i++) {
        s[i] = 0.0;
        for (int j = 0; j < N; j++) s[i] += A[i][j] * x[j];
    }
    for (int j = 0; j < N; j++) {
        g[j] = A[2][j] * x[N - 1];
        for (int i = 0; i < N; i++) g[j] += 2 * s[i] * (i + 1) * A[i][j];
    }
    g[N - 1] += s[2];
}
