/* gradcheck: n=9 lo=-2 hi=2 */
/* A packed lower-triangular matrix walked by a running index (ADBench GMM's qtimesx): `l`
 * steps by d - 1 - i per row, a phi whose step changes but is affine in the row number, so
 * the reverse sweep rebuilds it as i (d - 1) - i (i - 1) / 2 instead of taping it every row
 * (analysis/running_sum.py, ad/tape/running_rebuild.py). The rows run once per point, as in GMM
 * (the nest inside another loop). tests/ad/test_running_index.py checks the remark;
 * packed_index_refused.c holds the look-alikes that must stay taped. */
#include <math.h>
#include <enzyme.h>

int npoints = 3, dims = 4;
static const double points[3 * 4] = {0.5, -1.0, 0.25, 1.5, 0.75, -0.5,
                                      -0.25, 0.125, 1.0, -1.5, 0.5, 0.0625};

/* out += L x for L strictly lower, packed column by column (GMM's qtimesx) */
static void ltimesx(int d, const double *ltri, const double *x, double *out) {
    int l = 0;
    for (int i = 0; i < d; i++)
        for (int j = i + 1; j < d; j++)
            out[j] += sin(ltri[l++]) * x[i];
}

double packed(const double *ltri, const double *mu) {
    int p = npoints, d = dims;
    double total = 0.0;
    for (int ip = 0; ip < p; ip++) {
        double out[8], xc[8];
        for (int j = 0; j < d; j++)
            out[j] = xc[j] = points[ip * d + j] - mu[j];
        ltimesx(d, ltri, xc, out);
        for (int j = 0; j < d; j++)
            total += out[j] * out[j];
    }
    return total;
}

/* x[0..5]: the 6 packed entries for d = 4; x[6..8]: mu[0..2] (mu[3] fixed) */
double f(const double *x) {
    double mu[4] = {x[6], x[7], x[8], 0.5};
    return packed(x, mu);
}

void grad(const double *x, double *g) {
    double mu[4] = {x[6], x[7], x[8], 0.5}, dmu[4] = {0};
    for (int i = 0; i < 9; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)packed, enzyme_dup, x, g, enzyme_dup, mu, dmu);
    g[6] = dmu[0];
    g[7] = dmu[1];
    g[8] = dmu[2];
}
