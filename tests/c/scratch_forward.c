/* gradcheck: n=12 lo=-2 hi=2 */
/* Scratch buffers rewritten for every point, as ADBench's GMM writes xc = x - mu: each
 * point's loops read xc[j] (a sibling loop with the same counter) and xc[a] (an outer loop
 * around a triangular inner one) after one loop stored every xc[j]. The reverse sweep
 * recomputes x - mu from that store instead of taping the loads (store_forwarding.py;
 * tests/ad/test_store_forwarding.py checks the remark). Sizes are read from globals so that
 * the loops' bounds are run-time values. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int npoints = 4, dims = 3;
static const double points[4 * 3] = {0.5, -1.0, 0.25, 1.5, 0.75, -0.5,
                                      -0.25, 0.125, 1.0, -1.5, 0.5, 0.0625};

/* mu[d]; w[d d]: the diagonal scales, the upper part mixes (a triangular Q (x - mu)) */
double mixture(const double *mu, const double *w) {
    int p = npoints, d = dims;
    double *xc = malloc(sizeof(double) * (size_t)d);
    double *y = malloc(sizeof(double) * (size_t)d);
    double total = 0.0;
    for (int i = 0; i < p; i++) {
        for (int j = 0; j < d; j++)
            xc[j] = points[i * d + j] - mu[j];
        for (int j = 0; j < d; j++)
            y[j] = w[j * d + j] * xc[j];
        for (int a = 0; a < d; a++) {
            double xa = xc[a];
            for (int b = a + 1; b < d; b++)
                y[b] += w[a * d + b] * xa;
        }
        double s = 0.0;
        for (int j = 0; j < d; j++)
            s += y[j] * y[j];
        total += log(1.0 + s) * (1.0 + 0.25 * i);
    }
    free(xc);
    free(y);
    return total;
}

double f(const double *x) { return mixture(x, x + 3); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 12; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)mixture, enzyme_dup, x, g, enzyme_dup, x + 3, g + 3);
}
