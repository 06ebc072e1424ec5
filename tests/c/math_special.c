/* gradcheck: n=2 lo=0.4 hi=2.6 */
/* tgamma, lgamma, lgamma_r (digamma in the derivative, also left of zero), Bessel j0, j1,
 * jn, y0, y1, yn, sincos writing through pointers. Each evaluation takes Gamma right and
 * left of zero (digamma's reflection branch), so the branch on tgamma goes both ways. */
#define _GNU_SOURCE
#include <enzyme.h>
#include <math.h>

typedef struct { double dx, dy; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double special(double x, double y) {
    double r = 0.0;
    for (int k = 0; k < 2; k++) {
        /* v in (0.35, 0.9): Gamma(v) > 1; then in (-0.92, -0.18): Gamma(v) < 0 */
        double v = k ? -x / 3.0 - 0.05 : 0.25 + x / 4.0;
        int sign;
        double s, c;
        sincos(v * y, &s, &c);
        r += tgamma(v) * s + lgamma(v + 3.0) * c + lgamma_r(v, &sign) * sign * y;
        if (tgamma(v) > 1.0)
            r += j0(y * v) + jn(3, x * y) * v;
        else
            r -= j1(y) * v + y0(x * y) * y1(y + x);
        r += yn(2, x + y) * s;
    }
    return r;
}

double f(const double *x) { return special(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)special, x[0], x[1]);
    g[0] = d.dx;
    g[1] = d.dy;
}
