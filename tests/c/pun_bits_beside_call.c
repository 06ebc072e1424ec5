/* gradcheck: n=3 lo=-2 hi=2 */
/* The bits of an input read straight from the differentiated array as a uint64_t, sign
 * bit flipped or cleared, next to libm calls and plain uses of the same element: clang
 * keeps an `i64` load whose bits reach a double both through a mask and through a plain
 * bitcast. Its adjoint was silently zero (fuzzer seeds 190, 460); the load now reads a
 * double (type analysis follows the bits through the masks). */
#include <enzyme.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

static const uint64_t SIGN = 0x8000000000000000ull;

double bits_beside_call(const double *x) {
    uint64_t a, b, c;
    memcpy(&a, &x[0], sizeof a);
    a ^= SIGN;                         /* -x[0], x[0] used again below */
    memcpy(&b, &x[1], sizeof b);
    b &= ~SIGN;                        /* |x[1]| */
    double t = x[2];
    memcpy(&c, &t, sizeof c);
    c ^= SIGN;                         /* -x[2], its only use */
    double na, ab, nc;
    memcpy(&na, &a, sizeof na);
    memcpy(&ab, &b, sizeof ab);
    memcpy(&nc, &c, sizeof nc);
    return sin(na) + x[0] * x[1] - 0.3 * ab + cos(x[0]) * 0.5 * x[1] + exp(0.4 * nc) * ab;
}

double f(const double *x) { return bits_beside_call(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    __enzyme_autodiff((void *)bits_beside_call, x, g);
}
void analytic(const double *x, double *g) {
    double s = x[1] < 0 ? -1.0 : 1.0, e = exp(-0.4 * x[2]);
    g[0] = -cos(-x[0]) + x[1] - sin(x[0]) * 0.5 * x[1];
    g[1] = x[0] - 0.3 * s + 0.5 * cos(x[0]) + e * s;
    g[2] = -0.4 * e * fabs(x[1]);
}
