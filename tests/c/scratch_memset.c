/* gradcheck: n=6 lo=-2 hi=2 */
/* Zero-filled scratch (`double a[8] = {0}`: an llvm.memset and lifetime markers on an
 * alloca; scratch_fill.py): `acc` is accumulated into by a first nest, then only read by
 * the second: loaded again in the reverse sweep (its lifetime end removed); `xc`, filled once
 * before the loop over points and rewritten by one store loop per point, is recomputed from
 * that store (x - mu). tests/ad/test_store_forwarding.py checks the remarks, and that
 * scratch_memset_refused.c's look-alikes stay taped. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <enzyme.h>

int npoints = 4, dims = 3;
static const double points[4 * 3] = {0.5, -1.0, 0.25, 1.5, 0.75, -0.5,
                                      -0.25, 0.125, 1.0, -1.5, 0.5, 0.0625};

double zeroed(const double *q, const double *mu) {
    int p = npoints, d = dims;
    double acc[8] = {0};
    double xc[8] = {0};
    for (int i = 0; i < p; i++)
        for (int j = 0; j < d; j++)
            acc[j] += exp(q[j] * points[i * d + j]);
    double total = 0.0;
    for (int i = 0; i < p; i++) {
        for (int j = 0; j < d; j++)
            xc[j] = points[i * d + j] - mu[j];
        double s = 0.0;
        for (int j = 0; j < d; j++)
            s += acc[j] * xc[j] * xc[j];
        total += log(1.0 + s * s);
    }
    return total;
}

double f(const double *x) { return zeroed(x, x + 3); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)zeroed, enzyme_dup, x, g, enzyme_dup, x + 3, g + 3);
}
