/* gradcheck: n=2 lo=-1.5 hi=1.5
 * point: 0 1.5
 * point: 0 2.25 */
/* Edge cases of math derivatives: d/dy of pow(u, y) where u = 0 (x^y log x: 0 * -inf, whose
 * limit is 0, not NaN), tgamma and lgamma of long double (their digamma is computed in
 * double: the casts to and from x86_fp80 were the wrong way round), and a float class test
 * (isnormal: llvm.is.fpclass, inactive). The points with x0 = 0 put u at 0. */
#include <enzyme.h>
#include <math.h>

static double edges(const double *x) {
    double u = x[0] * x[0], y = x[1] * x[1] + 1.0;
    long double l = (long double)(x[1] * x[1] + 1.5L);
    double g = (double)(tgammal(l) + lgammal(l));
    return pow(u, y) + g * (isnormal(x[0]) ? 1.0 : 2.0);
}

double f(const double *x) { return edges(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = 0.0;
    __enzyme_autodiff((void *)edges, enzyme_dup, x, g);
}
