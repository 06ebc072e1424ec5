/* gradcheck: n=2 lo=-2 hi=2 */
/* fabs, fmin, fmax, copysign (double). */
#include <enzyme.h>
#include <math.h>

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double mm(double x, double y) {
    return fabs(x) * y + fmin(x, y) * 2.0 + fmax(x * y, y) + copysign(x * x, y);
}

double f(const double *x) { return mm(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)mm, x[0], x[1]);
    g[0] = d.a;
    g[1] = d.b;
}
void analytic(const double *x, double *g) {
    double a = x[0], b = x[1], sa = a < 0 ? -1.0 : 1.0, sb = b < 0 ? -1.0 : 1.0;
    g[0] = sa * b + (a <= b ? 2.0 : 0.0) + (a * b >= b ? b : 0.0) + sb * 2.0 * a;
    g[1] = fabs(a) + (a <= b ? 0.0 : 2.0) + (a * b >= b ? a : 1.0);
}
