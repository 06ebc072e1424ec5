/* gradcheck: n=9 lo=-2 hi=2 */
/* Running indices that are NOT running sums of an affine step (analysis/running_sum.py),
 * beside packed_index.c: `l` steps by a row length read from memory (rows[i]), and `m`
 * skips an entry when the point's coordinate is negative (its step depends on data). The
 * reverse sweep must tape both; a closed form would read the wrong entries.
 * tests/ad/test_running_index.py checks the remarks. */
#include <math.h>
#include <enzyme.h>

int npoints = 3, dims = 4;
int rows[4] = {3, 1, 2, 0};
static const double points[3 * 4] = {0.5, -1.0, 0.25, 1.5, 0.75, -0.5,
                                      -0.25, 0.125, 1.0, -1.5, 0.5, 0.0625};

double ragged(const double *ltri, const double *mu) {
    int p = npoints, d = dims;
    double total = 0.0;
    for (int ip = 0; ip < p; ip++) {
        double out[8];
        for (int j = 0; j < d; j++)
            out[j] = points[ip * d + j] - mu[j];
        int l = 0;
        for (int i = 0; i < d; i++)
            for (int j = 0; j < rows[i]; j++)
                out[j] += sin(ltri[l++]) * (points[ip * d + i] - mu[i]);
        int m = 0;
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++)
                out[j] += cos(ltri[m + j - i - 1]) * out[i];
            m += points[ip * d + i] < 0.0 ? d - i - 2 : d - i - 1;
        }
        for (int j = 0; j < d; j++)
            total += out[j] * out[j];
    }
    return total;
}

/* x[0..5]: the packed entries (rows sum to 6); x[6..8]: mu[0..2] (mu[3] fixed) */
double f(const double *x) {
    double mu[4] = {x[6], x[7], x[8], 0.5};
    return ragged(x, mu);
}

void grad(const double *x, double *g) {
    double mu[4] = {x[6], x[7], x[8], 0.5}, dmu[4] = {0};
    for (int i = 0; i < 9; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)ragged, enzyme_dup, x, g, enzyme_dup, mu, dmu);
    g[6] = dmu[0];
    g[7] = dmu[1];
    g[8] = dmu[2];
}
