/* gradcheck: n=3 lo=0.5 hi=3 */
/* Bessel functions of long double beside the double ones in one unit: their derivatives
 * call j0l, j1l, jnl, y0l, y1l, ynl (the rules called the double j1, jn, y1, yn on an
 * x86_fp80: NaN; with j0 of double in the same unit, the module did not parse). */
#include <enzyme.h>
#include <math.h>

static double bessels(const double *x) {
    long double a = (long double)x[0], b = (long double)x[1], c = (long double)x[2];
    long double s = j0l(a) * b + j1l(b) + jnl(3, c) + y0l(a + b) + y1l(c) * a + ynl(2, b);
    return (double)s + j0(x[2]) + y1(x[0]);
}

double f(const double *x) { return bessels(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    __enzyme_autodiff((void *)bessels, enzyme_dup, x, g);
}
