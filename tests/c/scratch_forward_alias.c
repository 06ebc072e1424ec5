/* gradcheck: n=4 lo=-2 hi=2 */
/* A scratch buffer written by one store loop per point and read by the next loop, as in
 * scratch_forward.c, but between them a store through a pointer that may point into it
 * (which buffer depends on the point's sign): the store loop's value is not what every read
 * sees, so store_forwarding.py must tape the reads (tests/ad/test_store_forwarding.py). */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int npoints = 4, dims = 3;
static const double points[4 * 3] = {0.5, -1.0, 0.25, -1.5, 0.75, -0.5,
                                      0.25, 0.125, 1.0, -1.5, 0.5, 0.0625};

double aliased(const double *mu, const double *w) {
    int p = npoints, d = dims;
    double *xc = malloc(sizeof(double) * (size_t)d);
    double *other = malloc(sizeof(double) * (size_t)d);
    double total = 0.0;
    for (int i = 0; i < p; i++) {
        for (int j = 0; j < d; j++) {
            xc[j] = points[i * d + j] - 0.5;               /* constant: always rebuilt */
            other[j] = w[0] * points[i * d + j];
        }
        double *q = points[i * d] > 0.0 ? xc : other;      /* may alias xc */
        q[1] = points[i * d + 2] * 3.0;
        double s = 0.0;
        for (int j = 0; j < d; j++)
            s += xc[j] * xc[j] * mu[j] + other[j] * mu[2];
        total += log(1.0 + s * s);
    }
    free(xc);
    free(other);
    return total;
}

double f(const double *x) { return aliased(x, x + 3); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)aliased, enzyme_dup, x, g, enzyme_dup, x + 3, g + 3);
}
