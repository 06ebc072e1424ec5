/* gradcheck: n=8 lo=-1 hi=1 */
/* A reverse loop kept scalar gets a vectorizable copy for long runs
 * (enzymec/ad/reverse/loop_versions.py): GMM's triangular product inside a loop over
 * points, whose row loop's reverse is copied and chosen per point by the number of rows
 * (16 or more: the copy). f runs it with 3 rows (the original) and with 20 (the copy), so
 * the gradients of both are checked against finite differences; tests/ad/test_loop_versions.py
 * checks that the copy is made. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int npoints = 3;

static void qtimesx(int d, const double *ltri, const double *x, double *out) {
    for (int j = 0; j < d; j++)
        out[j] = x[j];
    int l = 0;
    for (int i = 0; i < d; i++)
        for (int j = i + 1; j < d; j++)
            out[j] += ltri[l++] * x[i];
}

double triangle(const double *p, const double *ltri, int d, int n) {
    double *xc = malloc(sizeof(double) * (size_t)d), *out = malloc(sizeof(double) * (size_t)d);
    double total = 0.0;
    for (int k = 0; k < n; k++) {
        for (int j = 0; j < d; j++)
            xc[j] = p[j % 4] - 0.125 * (k + j % 3);
        qtimesx(d, ltri, xc, out);
        double sq = 0.0;
        for (int j = 0; j < d; j++)
            sq += out[j] * out[j];
        total += log(1.0 + sq);
    }
    free(xc);
    free(out);
    return total;
}

/* the packed triangle for d rows: entry l is 0.1 sin(x[4 + l % 4] + l) */
static double *packed(const double *x, int d) {
    int size = d * (d - 1) / 2;
    double *ltri = malloc(sizeof(double) * (size_t)size);
    for (int l = 0; l < size; l++)
        ltri[l] = 0.1 * sin(x[4 + l % 4] + l);
    return ltri;
}

double f(const double *x) {
    double *short_rows = packed(x, 3), *long_rows = packed(x, 20);
    double value = triangle(x, short_rows, 3, npoints) + triangle(x, long_rows, 20, npoints);
    free(short_rows);
    free(long_rows);
    return value;
}

/* the derivative through the packed entries: dltri pulled back to x[4..7] by hand */
static void pull_back(const double *x, const double *dltri, int d, double *g) {
    for (int l = 0; l < d * (d - 1) / 2; l++)
        g[4 + l % 4] += dltri[l] * 0.1 * cos(x[4 + l % 4] + l);
}

void grad(const double *x, double *g) {
    for (int i = 0; i < 8; i++)
        g[i] = 0.0;
    int sizes[2] = {3, 20};
    for (int s = 0; s < 2; s++) {
        int d = sizes[s], size = d * (d - 1) / 2;
        double *ltri = packed(x, d), *dltri = calloc((size_t)size, sizeof(double));
        __enzyme_autodiff((void *)triangle, enzyme_dup, x, g, enzyme_dup, ltri, dltri,
                          enzyme_const, d, enzyme_const, npoints);
        pull_back(x, dltri, d, g);
        free(ltri);
        free(dltri);
    }
}
