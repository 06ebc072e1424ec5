/* gradcheck: n=16 lo=-1 hi=1 */
/* A loop reversed per iteration (enzymec/ad/fuse/fuse_plan.py), GMM's shape: per point, a loop
 * over clusters with loops nested in it writes scratch malloc'd before the points loop (xc,
 * then q xc in place of a triangular product, main[k]), reads scratch written before the
 * loop (qd = exp(q), sums), and the points meet only in `total += logsumexp(main)`, which
 * reaches the result linearly: `c + total - n * lse(alpha) + prior`. Sizes are globals so
 * the loops' bounds are run-time values. tests/ad/test_fuse.py checks the remark. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int npoints = 5, dims = 2, clusters = 3;
static const double points[5 * 2] = {0.5, -1.0, 0.25, 1.5, 0.75, -0.5, -0.25, 0.125, 1.0, -1.5};

static double lse(const double *v, int k) {
    double mx = v[0];
    for (int i = 1; i < k; i++)
        mx = v[i] > mx ? v[i] : mx;
    double s = 0.0;
    for (int i = 0; i < k; i++)
        s += exp(v[i] - mx);
    return log(s) + mx;
}

/* alpha[3], mu[3 * 2], q[3 * 2], l[1] */
double objective(const double *alpha, const double *mu, const double *q, const double *l) {
    int n = npoints, d = dims, k = clusters;
    double *qd = malloc(sizeof(double) * (size_t)(d * k)), *sums = malloc(sizeof(double) * k);
    double *xc = malloc(sizeof(double) * d), *qxc = malloc(sizeof(double) * d);
    double *main_term = malloc(sizeof(double) * k);
    for (int c = 0; c < k; c++) {
        sums[c] = 0.0;
        for (int j = 0; j < d; j++) {
            sums[c] += q[c * d + j];
            qd[c * d + j] = exp(q[c * d + j]);
        }
    }
    double total = 0.0;
    for (int i = 0; i < n; i++) {
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++)
                xc[j] = points[i * d + j] - mu[c * d + j];
            for (int j = 0; j < d; j++)
                qxc[j] = qd[c * d + j] * xc[j];
            for (int a = 0; a < d; a++)
                for (int j = a + 1; j < d; j++)
                    qxc[j] += l[0] * xc[a];
            double sq = 0.0;
            for (int j = 0; j < d; j++)
                sq += qxc[j] * qxc[j];
            main_term[c] = alpha[c] + sums[c] - 0.5 * sq;
        }
        total += lse(main_term, k);
    }
    double prior = 0.0;
    for (int c = 0; c < k; c++)
        prior += qd[c * d] * qd[c * d] - sums[c];
    double err = -1.5 + total - n * lse(alpha, k) + 0.25 * prior;
    free(qd);
    free(sums);
    free(xc);
    free(qxc);
    free(main_term);
    return err;
}

double f(const double *x) { return objective(x, x + 3, x + 9, x + 15); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 16; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)objective, enzyme_dup, x, g, enzyme_dup, x + 3, g + 3,
                      enzyme_dup, x + 9, g + 9, enzyme_dup, x + 15, g + 15);
}
