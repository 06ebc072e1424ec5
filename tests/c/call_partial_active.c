/* gradcheck: n=3 lo=-2 hi=2 */
/* Callees whose pointer arguments are only partly active: a polynomial fit's residuals and a
 * weighted norm take one active array, constant data/weight arrays and an int* size. */
#include <enzyme.h>

#define M 6
static const double T[M] = {0.0, 0.5, 1.0, 1.5, 2.0, 2.5};
static const double Y[M] = {1.0, 1.3, 2.1, 2.9, 4.2, 5.8};
static const double W[M] = {1.0, 0.5, 2.0, 1.0, 0.25, 1.5};

__attribute__((noinline)) static void residual(const double *p, const double *t, const double *y,
                                               double *r, const int *n) {
    for (int i = 0; i < *n; i++) r[i] = p[0] + p[1] * t[i] + p[2] * t[i] * t[i] - y[i];
}
__attribute__((noinline)) static double wnorm2(const double *r, const double *w, const int *n) {
    double s = 0.0;
    for (int i = 0; i < *n; i++) s += w[i] * r[i] * r[i];
    return s;
}

double fit_loss(const double *p, const int *n) {
    double r[M];
    int three = 3;
    residual(p, T, Y, r, n);
    return wnorm2(r, W, n) + 0.01 * wnorm2(p, W, &three);
}

double f(const double *x) { int n = M; return fit_loss(x, &n); }
void grad(const double *x, double *g) {
    int n = M;
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)fit_loss, enzyme_dup, x, g, enzyme_const, &n);
}
void analytic(const double *x, double *g) {
    for (int j = 0; j < 3; j++) g[j] = 0.02 * W[j] * x[j];
    for (int i = 0; i < M; i++) {
        double r = x[0] + x[1] * T[i] + x[2] * T[i] * T[i] - Y[i];
        g[0] += 2 * W[i] * r;
        g[1] += 2 * W[i] * r * T[i];
        g[2] += 2 * W[i] * r * T[i] * T[i];
    }
}
