/* gradcheck: n=2 lo=0.5 hi=2 float */
/* float derivatives whose textbook formulas square their operand: atan2f at 1e20 (the sum
 * of squares overflowed: 0) and at 1e-25 (underflowed: inf), asinhf and acoshf at 1e20 (x^2
 * overflowed: 0). The loss scales back, so each derivative is of order 1. */
#include <enzyme.h>
#include <math.h>

static double wide(const double *x) {
    float a = (float)x[0], b = (float)x[1];
    float big = atan2f(a * 1e20f, b * 1e20f), small = atan2f(b * 1e-25f, a * 1e-25f);
    float s = asinhf(a * 1e20f) + acoshf(b * 1e20f + 2.0f);
    return (double)big + 0.5 * (double)small + (double)s;
}

double f(const double *x) { return wide(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = 0.0;
    __enzyme_autodiff((void *)wide, enzyme_dup, x, g);
}
