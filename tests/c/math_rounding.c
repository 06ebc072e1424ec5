/* gradcheck: n=2 lo=-3 hi=3 */
/* floor, ceil, trunc, round, rint, nearbyint, lround, llrint, logb: zero derivative, their
 * results still scale active values; x - floor(x) keeps the identity's derivative. */
#include <enzyme.h>
#include <math.h>

typedef struct { double dx, dy; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double rounding(double x, double y) {
    double frac = x - floor(x);
    double r = frac * y + ceil(x * y) * x + trunc(y - x) * y * y + round(2.5 * x) * y;
    r += rint(x + y) * x + nearbyint(x - 0.3 * y) * x * y + (double)lround(3.0 * y) * x;
    r += (double)llrint(x * x) * y + logb(y * y + 0.5) * x;
    for (int k = -7; k <= 7; k += 14) /* the branch goes both ways at every point */
        if (floor(x + k) > y)
            r += x * y * k;
    return r;
}

double f(const double *x) { return rounding(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)rounding, x[0], x[1]);
    g[0] = d.dx;
    g[1] = d.dy;
}
void analytic(const double *x, double *g) {
    double a = x[0], b = x[1];
    g[0] = b + ceil(a * b) + round(2.5 * a) * 0 + rint(a + b) + nearbyint(a - 0.3 * b) * b
           + (double)lround(3.0 * b) + logb(b * b + 0.5);
    g[1] = (a - floor(a)) + 2.0 * trunc(b - a) * b + round(2.5 * a) + nearbyint(a - 0.3 * b) * a
           + (double)llrint(a * a);
    for (int k = -7; k <= 7; k += 14)
        if (floor(a + k) > b) {
            g[0] += b * k;
            g[1] += a * k;
        }
}
