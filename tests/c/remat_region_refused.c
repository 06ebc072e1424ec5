/* gradcheck: n=9 lo=-2 hi=2 */
/* Look-alikes of remat_region.c that the reverse sweep must NOT run again
 * (remat_region.py):
 * `carried`: the first loop reads y[j] before this point writes it (the previous point's
 * value flows in; run again in the reverse, it would read the end of the forward sweep's
 * instead: a wrong gradient);
 * `partial`: the covering loop writes y[0 .. d-2] only (y[d-1] is stored outside a loop),
 * so the reading loop's index is not proved below its bound (the same wrong gradient,
 * were y[d-1] carried over as in `carried`);
 * `read_later`: y is read again after the loop nest: the rule refuses any read of the
 * region's scratch outside the region and its reading loop, which another part of the
 * reverse sweep could load again after the region ran once more.
 * tests/ad/test_remat_region.py checks that their loads stay taped. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int npoints = 4, dims = 3;
static const double points[4 * 3] = {0.5, -1.0, 0.25, 1.5, 0.75, -0.5,
                                      -0.25, 0.125, 1.0, -1.5, 0.5, 0.0625};

double carried(const double *mu, const double *w) {
    int p = npoints, d = dims;
    double *y = calloc((size_t)d, sizeof(double));
    double total = 0.0;
    for (int i = 0; i < p; i++) {
        for (int j = 0; j < d; j++)
            y[j] = 0.5 * y[j] + points[i * d + j] - mu[j];
        for (int j = 0; j < d; j++)
            y[j] = y[j] * w[j];
        double s = 0.0;
        for (int j = 0; j < d; j++)
            s += y[j] * y[j] * w[j];
        total += log(1.0 + s * s);
    }
    free(y);
    return total;
}

double read_later(const double *mu, const double *w) {
    int p = npoints, d = dims;
    double *y = malloc(sizeof(double) * (size_t)d);
    double total = 0.0;
    for (int i = 0; i < p; i++) {
        for (int j = 0; j < d; j++)
            y[j] = points[i * d + j] - mu[j];
        for (int j = 0; j < d; j++)
            y[j] = y[j] * w[j];
        double s = 0.0;
        for (int j = 0; j < d; j++)
            s += y[j] * y[j] * w[j];
        total += log(1.0 + s * s);
    }
    for (int j = 0; j < d; j++)
        total += cos(y[j]);
    free(y);
    return total;
}

double partial(const double *mu, const double *w) {
    int p = npoints, d = dims;
    double *y = malloc(sizeof(double) * (size_t)d);
    double total = 0.0;
    for (int i = 0; i < p; i++) {
        for (int j = 0; j < d - 1; j++)
            y[j] = points[i * d + j] - mu[j];
        y[d - 1] = mu[d - 1] * points[i * d];
        for (int j = 0; j < d; j++)
            y[j] = y[j] * w[j];
        double s = 0.0;
        for (int j = 0; j < d; j++)
            s += y[j] * y[j] * w[j];
        total += log(1.0 + s * s);
    }
    free(y);
    return total;
}

double f(const double *x) {
    return carried(x, x + 3) + read_later(x + 3, x + 6) + partial(x + 6, x);
}

void grad(const double *x, double *g) {
    double ga[9] = {0}, gb[9] = {0}, gc[9] = {0};
    __enzyme_autodiff((void *)carried, enzyme_dup, x, ga, enzyme_dup, x + 3, ga + 3);
    __enzyme_autodiff((void *)read_later, enzyme_dup, x + 3, gb + 3, enzyme_dup, x + 6,
                      gb + 6);
    __enzyme_autodiff((void *)partial, enzyme_dup, x + 6, gc + 6, enzyme_dup, x, gc);
    for (int i = 0; i < 9; i++)
        g[i] = ga[i] + gb[i] + gc[i];
}
