/* gradcheck: n=2 lo=-0.9 hi=0.9 */
/* asin, acos, atan, atan2 (double), two active arguments. */
#include <enzyme.h>
#include <math.h>

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double inv(double x, double y) { return asin(x) * y + acos(y * 0.9) + atan(x * y) + atan2(y, 1.5 + x); }

double f(const double *x) { return inv(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)inv, x[0], x[1]);
    g[0] = d.a;
    g[1] = d.b;
}
void analytic(const double *x, double *g) {
    double a = x[0], b = x[1], q = 1.0 + a * a * b * b, u = 1.5 + a, r = u * u + b * b;
    g[0] = b / sqrt(1.0 - a * a) + b / q - b / r;
    g[1] = asin(a) - 0.9 / sqrt(1.0 - 0.81 * b * b) + a / q + u / r;
}
