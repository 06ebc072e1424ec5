/* gradcheck: n=8 lo=-1 hi=1 */
/* Two candidates for a reverse copy, one inside the other (enzymec/ad/reverse/loop_versions.py
 * makes neither): the rows' inner loop reads `w`, loaded in the loop around the rows, so
 * both the inner loop and the rows loop are kept scalar, and the loops around each of them
 * (the rows, the components) would both be copied, the second copy holding the first.
 * f runs 3 and 20 rows; tests/ad/test_loop_versions.py checks that no copy is made. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int ncomponents = 3;

double nested(const double *p, const double *ltri, const double *weights, int d, int k) {
    double *xc = malloc(sizeof(double) * (size_t)d), *out = malloc(sizeof(double) * (size_t)d);
    double total = 0.0;
    for (int c = 0; c < k; c++) {
        double w = weights[c % 2];
        for (int j = 0; j < d; j++)
            xc[j] = p[j % 4] - 0.125 * (c + j % 3);
        for (int j = 0; j < d; j++)
            out[j] = xc[j];
        int l = 0;
        for (int i = 0; i < d; i++)
            for (int j = i + 1; j < d; j++)
                out[j] += ltri[l++] * xc[i] * w;
        double sq = 0.0;
        for (int j = 0; j < d; j++)
            sq += out[j] * out[j];
        total += log(1.0 + sq);
    }
    free(xc);
    free(out);
    return total;
}

static double *packed(const double *x, int d) {
    int size = d * (d - 1) / 2;
    double *ltri = malloc(sizeof(double) * (size_t)size);
    for (int l = 0; l < size; l++)
        ltri[l] = 0.1 * sin(x[4 + l % 2] + l);
    return ltri;
}

double f(const double *x) {
    double *short_rows = packed(x, 3), *long_rows = packed(x, 20);
    double value = nested(x, short_rows, x + 6, 3, ncomponents) +
                   nested(x, long_rows, x + 6, 20, ncomponents);
    free(short_rows);
    free(long_rows);
    return value;
}

void grad(const double *x, double *g) {
    for (int i = 0; i < 8; i++)
        g[i] = 0.0;
    int sizes[2] = {3, 20};
    for (int s = 0; s < 2; s++) {
        int d = sizes[s], size = d * (d - 1) / 2;
        double *ltri = packed(x, d), *dltri = calloc((size_t)size, sizeof(double));
        __enzyme_autodiff((void *)nested, enzyme_dup, x, g, enzyme_dup, ltri, dltri,
                          enzyme_dup, x + 6, g + 6, enzyme_const, d, enzyme_const,
                          ncomponents);
        for (int l = 0; l < size; l++)
            g[4 + l % 2] += dltri[l] * 0.1 * cos(x[4 + l % 2] + l);
        free(ltri);
        free(dltri);
    }
}
