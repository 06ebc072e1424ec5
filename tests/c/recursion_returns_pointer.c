/* gradcheck: n=5 lo=-2 hi=2 */
/* A recursive function returning a pointer into its (active) argument: the augmented
 * forward returns the pointer's shadow too, so the caller can read and write through it. */
#include <enzyme.h>

double *largest(double *x, int n) {
    if (n == 1) return x;
    double *rest = largest(x + 1, n - 1);
    return *rest > x[0] ? rest : x;
}

double top(double *x, int n) {
    double *m = largest(x, n);
    double v = *m;
    *m = v * v; /* written through the returned pointer */
    double s = 0.0;
    for (int i = 0; i < n; i++) s += x[i] * (i + 1);
    return s + 2.0 * v;
}

double f(const double *x) {
    double y[5] = {x[0], x[1], x[2], x[3], x[4]};
    return top(y, 5);
}
void grad(const double *x, double *g) {
    double y[5] = {x[0], x[1], x[2], x[3], x[4]};
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    __builtin_autodiff(top, y, g, 5);
}
void analytic(const double *x, double *g) {
    int m = 0;
    for (int i = 1; i < 5; i++)
        if (x[i] >= x[m]) m = i; /* largest() prefers the later element on ties */
    for (int i = 0; i < 5; i++) g[i] = i + 1;
    g[m] = 2.0 * x[m] * (m + 1) + 2.0;
}
