/* gradcheck: n=3 lo=0.2 hi=2 */
/* GCC vector types: lanes combined across a vector (`w[0] * w[1]`, which instcombine turns
 * into a multiply by a shuffle whose other lane is poison), lanes reversed, a vector
 * division. The reverse multiplied a zero adjoint by the poison lane, which LLVM folded to
 * NaN (enzymec/ad/passes/defined_lanes.py). (GCC's syntax only: the coverage test builds
 * every program with gcc.) */
#include <enzyme.h>
#include <math.h>

typedef double v2 __attribute__((vector_size(16)));
typedef double v4 __attribute__((vector_size(32)));

__attribute__((noinline)) static double pair(double a, double b) {
    v2 v = {a, b};
    v2 w = v + v;
    return w[0] * w[1];
}

static double lanes(const double *x) {
    v4 p = {x[0], x[1], x[2], x[0] * x[2]};
    v4 r = {p[3], p[2], p[1], p[0]};
    v4 q = r * p + 1.0;
    v4 s = q / (p + 2.0);
    return pair(x[0], x[1] * x[2]) + s[0] * s[3] + sqrt(q[1]) - s[2];
}

double f(const double *x) { return lanes(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)lanes, enzyme_dup, x, g);
}
