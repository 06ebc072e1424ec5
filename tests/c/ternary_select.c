/* gradcheck: n=2 lo=-2 hi=2 */
/* Ternaries that the optimizer turns into `select` instructions. */
#include <enzyme.h>

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double pick(double x, double y) {
    double m = x > y ? x : y;
    double s = x * y > 0.0 ? x * y : -x;
    return m * m + s;
}

double f(const double *x) { return pick(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)pick, x[0], x[1]);
    g[0] = d.a;
    g[1] = d.b;
}
void analytic(const double *x, double *g) {
    double a = x[0], b = x[1];
    g[0] = a > b ? 2.0 * a : 0.0;
    g[1] = a > b ? 0.0 : 2.0 * b;
    if (a * b > 0.0) { g[0] += b; g[1] += a; } else { g[0] -= 1.0; }
}
