/* gradcheck: n=1 lo=-1 hi=1 */
/* A for loop whose trip count is a runtime integer argument (enzyme_const). */
#include <enzyme.h>

double powsum(double x, int n) {
    double s = 0.0, p = 1.0;
    for (int i = 0; i < n; i++) {
        p *= x;
        s += p;
    }
    return s;
}

static volatile int trips = 13;

double f(const double *x) { return powsum(x[0], trips); }
void grad(const double *x, double *g) {
    g[0] = __builtin_autodiff(powsum, x[0], enzyme_const, trips);
}
void analytic(const double *x, double *g) {
    double d = 0.0, p = 1.0;
    for (int i = 1; i <= trips; i++) {
        d += i * p;
        p *= x[0];
    }
    g[0] = d;
}
