/* gradcheck: n=5 lo=-2 hi=2 */
/* A callee returning a pointer into its active argument (the address of the largest element);
 * the caller reads and writes through it (max-pooling that halves the winner). */
#include <enzyme.h>

__attribute__((noinline)) static double *argmax_ptr(double *v, int n) {
    double *best = v;
    for (int i = 1; i < n; i++)
        if (v[i] > *best) best = &v[i];
    return best;
}

double pool(double *v, int n) {
    double *m = argmax_ptr(v, n);
    double top = *m;
    *m = 0.5 * top;
    double s = 0.0;
    for (int i = 0; i < n; i++) s += v[i] * v[i];
    return s + top * top * top;
}

double f(const double *x) {
    double v[5] = {x[0], x[1], x[2], x[3], x[4]};
    return pool(v, 5);
}
void grad(const double *x, double *g) {
    double v[5] = {x[0], x[1], x[2], x[3], x[4]};
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)pool, enzyme_dup, v, g, enzyme_const, 5);
}
void analytic(const double *x, double *g) {
    int k = 0;
    for (int i = 1; i < 5; i++)
        if (x[i] > x[k]) k = i;
    for (int i = 0; i < 5; i++) g[i] = 2 * x[i];
    g[k] = 0.5 * x[k] + 3 * x[k] * x[k];
}
