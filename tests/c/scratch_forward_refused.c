/* gradcheck: n=6 lo=-2 hi=2 */
/* Scratch loads that store-to-load forwarding (store_forwarding.py) must NOT recompute from
 * a store, each beside one that looks alike: a second store to the buffer between (the
 * first one's value no longer there), a partial write (the store loop stops short of the
 * read's bound, so later indices keep an earlier point's value), a store loop starting at 1,
 * a read before the write (the previous point's values), and a store one element further
 * on (`shifted[j + 1]`). Any of them forwarded would give a wrong gradient;
 * tests/ad/test_store_forwarding.py checks that they are taped. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int npoints = 4, dims = 3;
static const double points[4 * 3] = {0.5, -1.0, 0.25, 1.5, 0.75, -0.5,
                                      -0.25, 0.125, 1.0, 0.375, -0.625, 0.875};

double refused(const double *mu, const double *w) {
    int p = npoints, d = dims;
    double *twice = malloc(sizeof(double) * (size_t)d);
    double *part = calloc((size_t)d, sizeof(double));
    double *late = calloc((size_t)d, sizeof(double));
    double *prev = calloc((size_t)d, sizeof(double));
    double *shifted = calloc((size_t)d + 1, sizeof(double));
    double total = 0.0;
    for (int i = 0; i < p; i++) {
        for (int j = 0; j < d; j++)
            twice[j] = points[i * d + j] - mu[j];
        for (int j = 0; j < d; j++)
            twice[j] = points[i * d + j] * w[j];           /* the second store */
        for (int j = 0; j <= i && j < d; j++)
            part[j] = mu[j] * points[i * d + j];           /* a partial write */
        for (int j = 1; j < d; j++)
            late[j] = w[j] - points[i * d + j];            /* starts at 1 */
        for (int j = 0; j < d; j++)
            shifted[j + 1] = points[i * d + j] - w[j];     /* one element further on */
        double s = 0.0;
        for (int j = 0; j < d; j++)
            s += prev[j] * prev[j] * w[j];                 /* read before the write */
        for (int j = 0; j < d; j++)
            s += shifted[j] * shifted[j] * mu[j];
        for (int j = 0; j < d; j++)
            prev[j] = mu[j] - w[j] * points[i * d + j];
        for (int j = 0; j < d; j++)
            s += twice[j] * twice[j] + part[j] * part[j] * w[j] + late[j] * late[j] * mu[j];
        total += log(1.0 + s * s);
    }
    free(twice);
    free(part);
    free(late);
    free(prev);
    free(shifted);
    return total;
}

double f(const double *x) { return refused(x, x + 3); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)refused, enzyme_dup, x, g, enzyme_dup, x + 3, g + 3);
}
