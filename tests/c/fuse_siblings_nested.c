/* gradcheck: n=6 lo=-1.5 hi=1.5 */
/* Sibling loops inside another loop that enzymec/ad/fuse/loop_fusion.py fuses, and two it
 * must not. `components` is GMM's shape: per cluster, one loop fills xc, the next writes its
 * own scratch qxc from xc (fused: one loop fewer per cluster, forward and reverse); xc is read
 * again after them, so it stays. `lagged`: the second loop's scratch is read by the first
 * loop in the next cluster (fusing would read this cluster's values). `into_caller`: the
 * second loop writes the caller's memory, which the first may read through x. The
 * gradients are checked against finite differences by tests/c/test_gradients.py; which
 * loops are fused, by tests/ad/test_fuse.py. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int dims = 3, clusters = 4;

double components(const double *x, int d, int k) {
    double *xc = malloc(sizeof(double) * (size_t)d), *qxc = malloc(sizeof(double) * (size_t)d);
    double total = 0.0;
    for (int c = 0; c < k; c++) {
        for (int j = 0; j < d; j++)
            xc[j] = x[j] - 0.25 * c * x[3 + j % 3];
        for (int j = 0; j < d; j++)
            qxc[j] = exp(0.1 * x[(j + c) % 6]) * xc[j];
        for (int i = 0; i < d; i++)
            for (int j = i + 1; j < d; j++)
                qxc[j] += sin(x[(i + j) % 6]) * xc[i];
        double sq = 0.0;
        for (int j = 0; j < d; j++)
            sq += qxc[j] * qxc[j];
        total += exp(-0.5 * sq) * (c + 1);
    }
    free(xc);
    free(qxc);
    return total;
}

double lagged(const double *x, int d, int k) {
    double *xc = malloc(sizeof(double) * (size_t)d), *prev = calloc((size_t)d, sizeof(double));
    double total = 0.0;
    for (int c = 0; c < k; c++) {
        for (int j = 0; j < d; j++)
            xc[j] = x[j] - 0.5 * prev[j];
        for (int j = 0; j < d; j++)
            prev[j] = sin(xc[j] * x[3 + j % 3]);
        total += prev[c % d] * xc[(c + 1) % d];
    }
    free(xc);
    free(prev);
    return total;
}

void into_caller(const double *x, double *out, int d, int k) {
    double *xc = malloc(sizeof(double) * (size_t)d);
    for (int c = 0; c < k; c++) {
        for (int j = 0; j < d; j++)
            xc[j] = x[j] * out[(j + 1) % d] + 0.1 * c;
        for (int j = 0; j < d; j++)
            out[j] += cos(xc[j]);
    }
    free(xc);
}

double caller_sum(const double *x, int d, int k) {
    double out[3] = {x[3], x[4], x[5]}, s = 0.0;
    into_caller(x, out, d, k);
    for (int j = 0; j < d; j++)
        s += out[j] * out[j];
    return s;
}

double f(const double *x) {
    return components(x, dims, clusters) + lagged(x, dims, clusters) +
           caller_sum(x, dims, clusters);
}

void grad(const double *x, double *g) {
    double d[3][6] = {{0.0}};
    __enzyme_autodiff((void *)components, enzyme_dup, x, d[0], enzyme_const, dims,
                      enzyme_const, clusters);
    __enzyme_autodiff((void *)lagged, enzyme_dup, x, d[1], enzyme_const, dims,
                      enzyme_const, clusters);
    __enzyme_autodiff((void *)caller_sum, enzyme_dup, x, d[2], enzyme_const, dims,
                      enzyme_const, clusters);
    for (int i = 0; i < 6; i++)
        g[i] = d[0][i] + d[1][i] + d[2][i];
}
