/* gradcheck: n=3 lo=-1.5 hi=1.5 */
/* A loop reversed per iteration (enzymec/ad/fuse/fuse_plan.py) only in a combined gradient:
 * `inner`'s loop is fused once inlined into `outer` (the -O0 and -O2 variants); in the split
 * variant (inlining off; `noinline` keeps clang from inlining it before AD) `inner` is a
 * split call, differentiated as an augmented forward and a reverse, where the loop is
 * refused (condition 6) and taped as before. */
#include <math.h>
#include <enzyme.h>

int count = 7;

__attribute__((noinline)) double inner(const double *x) {
    double s = 0.0;
    for (int i = 0; i < count; i++) {
        double e = 0.0;
        for (int j = 0; j < 2 + i % 3; j++)
            e += exp(0.1 * (i + j) * x[0]);
        s += e * x[1];
    }
    return 0.5 * s;
}

double outer(const double *x) {
    double a = inner(x);
    return a * x[2] + inner(x + 1);
}

double f(const double *x) {
    double y[4] = {x[0], x[1], x[2], x[0] * 0.5};
    return outer(y);
}

void grad(const double *x, double *g) {
    double y[4] = {x[0], x[1], x[2], x[0] * 0.5}, dy[4] = {0.0, 0.0, 0.0, 0.0};
    __enzyme_autodiff((void *)outer, enzyme_dup, y, dy);
    g[0] = dy[0] + 0.5 * dy[3];
    g[1] = dy[1];
    g[2] = dy[2];
}
