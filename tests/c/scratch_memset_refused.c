/* gradcheck: n=6 lo=-2 hi=2 */
/* Zero-filled scratch that store forwarding and scratch reload must NOT accept
 * (scratch_fill.py), beside scratch_memset.c's accepted ones: `xc` gets a memset between
 * its store loop and its read on odd points (xc[0] read as 0, not x - mu), and `acc`,
 * summed before the loop over points, has acc[0] zeroed after its read on the last point,
 * so a reload would see 0 there. Either accepted would give a wrong gradient;
 * tests/ad/test_store_forwarding.py checks that they are taped. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <enzyme.h>

int npoints = 4, dims = 3;
static const double points[4 * 3] = {0.5, -1.0, 0.25, 1.5, 0.75, -0.5,
                                      -0.25, 0.125, 1.0, -1.5, 0.5, 0.0625};

double refilled(const double *q, const double *mu) {
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
        memset(xc, 0, sizeof(double) * (size_t)(i % 2));   /* between the store and the read */
        double s = 0.0;
        for (int j = 0; j < d; j++)
            s += acc[j] * xc[j] * xc[j] + xc[j];
        memset(acc, 0, sizeof(double) * (size_t)(i / 3));    /* after the read */
        total += log(1.0 + s * s);
    }
    return total;
}

double f(const double *x) { return refilled(x, x + 3); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)refilled, enzyme_dup, x, g, enzyme_dup, x + 3, g + 3);
}
