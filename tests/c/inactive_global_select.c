/* gradcheck: n=3 lo=-2 hi=2 */
/* A helper that scales either an inactive global (a diagnostics accumulator, declared with
 * Enzyme's `enzyme_inactive`) or differentiated memory: optimized, the two stores become one
 * store through `select(cond, &scratch, c)`. The global's side gets a zeroed shadow of its
 * own; the differentiated side keeps its derivative. The global never reaches the loss. */
#include <enzyme.h>
#include <math.h>

__attribute__((enzyme_inactive)) double scratch = 1.0;

__attribute__((noinline)) static void scale(int into_scratch, double a, double *c) {
    if (into_scratch)
        scratch *= a;
    else
        *c *= a;
}

static double loss(const double *x) {
    double d = x[0] * x[1] + x[2];
    scale(x[0] > 0.0, sin(x[2]), &d);
    double e = cos(x[1]);
    scale(x[1] > 0.3, x[0] * x[2], &e);
    return d * d + e * x[0];
}

double f(const double *x) { return loss(x); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)loss, enzyme_dup, x, g);
}
