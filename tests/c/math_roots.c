/* gradcheck: n=2 lo=0.2 hi=3 */
/* sqrt, cbrt, hypot (double), two active arguments. */
#include <enzyme.h>
#include <math.h>

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double roots(double x, double y) { return sqrt(x * y) + cbrt(x - 5.0 * y) + hypot(x, 2.0 * y); }

double f(const double *x) { return roots(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)roots, x[0], x[1]);
    g[0] = d.a;
    g[1] = d.b;
}
void analytic(const double *x, double *g) {
    double a = x[0], b = x[1], s = sqrt(a * b), c = cbrt(a - 5.0 * b), h = hypot(a, 2.0 * b);
    g[0] = b / (2.0 * s) + 1.0 / (3.0 * c * c) + a / h;
    g[1] = a / (2.0 * s) - 5.0 / (3.0 * c * c) + 4.0 * b / h;
}
