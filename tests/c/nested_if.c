/* gradcheck: n=2 lo=-2 hi=2 */
/* Nested ifs: four regions of the plane, four different formulas. */
#include <enzyme.h>

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double quad(double x, double y) {
    double r;
    if (x > 0.0) {
        if (y > 0.0) r = x * y;
        else r = x * x - y;
    } else {
        if (y > x) r = y * y * x;
        else r = x + 3.0 * y;
    }
    return r;
}

double f(const double *x) { return quad(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)quad, x[0], x[1]);
    g[0] = d.a;
    g[1] = d.b;
}
void analytic(const double *x, double *g) {
    double a = x[0], b = x[1];
    if (a > 0.0) {
        if (b > 0.0) { g[0] = b; g[1] = a; }
        else { g[0] = 2.0 * a; g[1] = -1.0; }
    } else {
        if (b > a) { g[0] = b * b; g[1] = 2.0 * b * a; }
        else { g[0] = 1.0; g[1] = 3.0; }
    }
}
