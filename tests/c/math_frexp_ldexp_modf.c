/* gradcheck: n=2 lo=-2.5 hi=2.5 */
/* frexp, ldexp, scalbn, modf, ilogb (Enzyme's frexp.c conformance case and its relatives).
 * Each evaluation runs at three scales of x, so frexp's exponent is positive, zero and
 * negative and the branch on it goes both ways at every point; modf writes its integer part
 * over a local that held an active value (whose derivative must then vanish). */
#include <enzyme.h>
#include <math.h>

typedef struct { double dx, dy; } pair;
pair __enzyme_autodiff_pair(void *, ...);

static const double SCALE[3] = {0.3, 1.0, 2.9};

double family(double x, double y) {
    double r = 0.0;
    for (int k = 0; k < 3; k++) {
        int e;
        double v = x * SCALE[k] + 0.05, m = frexp(v, &e);
        double ip = y * v;                 /* overwritten by modf below */
        double fr = modf(1.7 * v * y, &ip);
        r += ldexp(m * m, e) + fr * ip + scalbn(y, 2) * m + ilogb(v + 4.0) * v;
        if (e > 0)
            r += m * y;
        else
            r -= ldexp(y, -e) * m;
    }
    return r;
}

double f(const double *x) { return family(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)family, x[0], x[1]);
    g[0] = d.dx;
    g[1] = d.dy;
}
void analytic(const double *x, double *g) {
    /* with v = s x + 0.05, m = v 2^-e: dm/dv = 2^-e; modf: d fr = d(1.7 v y), d ip = 0 */
    g[0] = g[1] = 0.0;
    for (int k = 0; k < 3; k++) {
        int e;
        double s = SCALE[k], v = x[0] * s + 0.05, m = frexp(v, &e), ip;
        double fr = modf(1.7 * v * x[1], &ip), p = ldexp(1.0, -e);
        g[0] += s * (2.0 * m * p * ldexp(1.0, e) + 1.7 * x[1] * ip + 4.0 * x[1] * p
                     + ilogb(v + 4.0));
        g[1] += 1.7 * v * ip + 4.0 * m;
        (void)fr;
        if (e > 0) {
            g[0] += s * p * x[1];
            g[1] += m;
        } else {
            g[0] -= s * ldexp(x[1], -e) * p;
            g[1] -= ldexp(1.0, -e) * m;
        }
    }
}
