/* gradcheck: n=9 lo=-2 hi=2 */
/* A loop body's scratch run again before the reverse of the loop that reads it
 * (remat_region.py): per point, `y` gets two stores per element (x - mu, then scaled in
 * place), so store forwarding refuses it, and the sum of y^2 w would tape y's d values
 * per point. Both writing loops are single loops, no deeper than the reading one, so the
 * reverse sweep runs them again for each point and loads y instead.
 * tests/ad/test_remat_region.py checks the remark. Sizes are read from globals so that
 * the loops' bounds are run-time values. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int npoints = 4, dims = 3;
static const double points[4 * 3] = {0.5, -1.0, 0.25, 1.5, 0.75, -0.5,
                                      -0.25, 0.125, 1.0, -1.5, 0.5, 0.0625};

/* mu[d], w[d], v[d] */
double scaled(const double *mu, const double *w, const double *v) {
    int p = npoints, d = dims;
    double *y = malloc(sizeof(double) * (size_t)d);
    double total = 0.0;
    for (int i = 0; i < p; i++) {
        for (int j = 0; j < d; j++)
            y[j] = points[i * d + j] - mu[j];
        for (int j = 0; j < d; j++)
            y[j] = y[j] * w[j] + v[j] * y[j] * y[j];
        double s = 0.0;
        for (int j = 0; j < d; j++)
            s += y[j] * y[j] * w[j];
        total += log(1.0 + s * s) * (1.0 + 0.25 * i);
    }
    free(y);
    return total;
}

double f(const double *x) { return scaled(x, x + 3, x + 6); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 9; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)scaled, enzyme_dup, x, g, enzyme_dup, x + 3, g + 3,
                      enzyme_dup, x + 6, g + 6);
}
