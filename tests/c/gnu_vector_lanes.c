/* gradcheck: n=3 lo=0.2 hi=2 */
/* GCC and clang vector types: lanes combined across a vector (`w[0] * w[1]`, which
 * instcombine turns into a multiply by a shuffle whose other lane is poison), a swizzle,
 * an element-wise sqrt and a vector division. The reverse multiplied a zero adjoint by the
 * poison lane, which LLVM folded to NaN (enzymec/ad/passes/defined_lanes.py). */
#include <enzyme.h>
#include <math.h>

typedef double v2 __attribute__((vector_size(16)));
typedef double v4 __attribute__((ext_vector_type(4)));

__attribute__((noinline)) static double pair(double a, double b) {
    v2 v = {a, b};
    v2 w = v + v;
    return w[0] * w[1];
}

static double lanes(const double *x) {
    v4 p = {x[0], x[1], x[2], x[0] * x[2]};
    v4 q = p.wzyx * p + 1.0;
    v4 r = __builtin_elementwise_sqrt(q) / (p + 2.0);
    return pair(x[0], x[1] * x[2]) + r.x * r.w + q.y - r.z;
}

double f(const double *x) { return lanes(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)lanes, enzyme_dup, x, g);
}
