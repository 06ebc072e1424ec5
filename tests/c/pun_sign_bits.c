/* gradcheck: n=4 lo=-2 hi=2 */
/* Bit tricks on floats: fabs as `& 0x7fff...`, negation as `^ 0x8000...`, -|x| as
 * `| 0x8000...`, copysign from two masks on double bits. Each has an exact
 * derivative (the random points take both signs). */
#include <enzyme.h>
#include <stdint.h>
#include <string.h>

static const uint64_t SIGN = 0x8000000000000000ull;

static double bits_abs(double x) { uint64_t u; memcpy(&u, &x, 8); u &= ~SIGN; memcpy(&x, &u, 8); return x; }
static double bits_neg(double x) { uint64_t u; memcpy(&u, &x, 8); u ^= SIGN; memcpy(&x, &u, 8); return x; }
static double bits_nabs(double x) { uint64_t u; memcpy(&u, &x, 8); u |= SIGN; memcpy(&x, &u, 8); return x; }
static double bits_copysign(double m, double s) {
    uint64_t a, b; memcpy(&a, &m, 8); memcpy(&b, &s, 8);
    uint64_t r = (a & ~SIGN) | (b & SIGN);
    double y; memcpy(&y, &r, 8); return y;
}

double signs(const double *x) {
    double a = bits_abs(x[0]) * x[1];
    double b = bits_neg(x[1] * x[2]);
    double c = bits_nabs(x[3]) * x[0];
    double d = bits_copysign(x[2], x[3]) * x[1];
    return a + b + c + d;
}

double f(const double *x) { return signs(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = g[3] = 0.0;
    __enzyme_autodiff((void *)signs, x, g);
}
