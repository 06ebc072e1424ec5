/* gradcheck: n=9 lo=-2 hi=2 */
/* Runtime alias versioning (enzymec/ad/alias_version.py): one call site, reached twice, once
 * with disjoint buffers (the noalias gradient) and once with `out` overlapping `vec`
 * (out = buf + 1, vec = buf: out[i] = 0 overwrites vec[i + 1] before row i + 1 reads it),
 * where the test at the call site must take the ordinary gradient, which tapes the values
 * of `vec` that the noalias one would read again after they were overwritten.
 * mat = x[0..3] (2x2), the disjoint vec = x[4..5], buf = x[6..8]. The loss of each call is
 * its result plus a weighted sum of the memory it wrote (the overlapping call's whole buf). */
#include <enzyme.h>

#define N 2

__attribute__((noinline)) double matvec_out(const double *mat, const double *vec, double *out,
                                            long n) {
    for (long i = 0; i < n; i++) {
        out[i] = 0;
        for (long j = 0; j < n; j++)
            out[i] += mat[i * n + j] * vec[j];
    }
    double sum = 0;
    for (long i = 0; i < n; i++)
        sum += out[i] * out[i];
    return sum;
}

static const double weights[N + 1] = {0.75, -1.25, 1.5};

/* the one call site both calls go through */
__attribute__((noinline)) void site(const double *mat, double *dmat, const double *vec,
                                    double *dvec, double *out, double *dout) {
    __enzyme_autodiff((void *)matvec_out, enzyme_dup, mat, dmat, enzyme_dup, vec, dvec,
                      enzyme_dup, out, dout, enzyme_const, (long)N);
}

double f(const double *x) {
    double mat[N * N], vec[N], out[N], buf[N + 1];
    for (int k = 0; k < N * N; k++) mat[k] = x[k];
    for (int k = 0; k < N; k++) vec[k] = x[4 + k];
    for (int k = 0; k < N + 1; k++) buf[k] = x[6 + k];
    double loss = matvec_out(mat, vec, out, N);
    for (int i = 0; i < N; i++) loss += weights[i] * out[i];
    loss += matvec_out(mat, buf, buf + 1, N);
    for (int k = 0; k < N + 1; k++) loss += weights[k] * buf[k];
    return loss;
}

void grad(const double *x, double *g) {
    double mat[N * N], vec[N], out[N], dout[N], buf[N + 1], dbuf[N + 1], dmat2[N * N];
    for (int k = 0; k < N * N; k++) mat[k] = x[k];
    for (int k = 0; k < N; k++) vec[k] = x[4 + k];
    for (int k = 0; k < N + 1; k++) buf[k] = x[6 + k];
    for (int k = 0; k < 9; k++) g[k] = 0.0;
    for (int i = 0; i < N; i++) dout[i] = weights[i];
    site(mat, g, vec, g + 4, out, dout);  /* disjoint */
    for (int k = 0; k < N + 1; k++) dbuf[k] = weights[k];
    for (int k = 0; k < N * N; k++) dmat2[k] = 0.0;
    site(mat, dmat2, buf, dbuf, buf + 1, dbuf + 1);  /* out overlaps vec */
    for (int k = 0; k < N * N; k++) g[k] += dmat2[k];
    for (int k = 0; k < N + 1; k++) g[6 + k] = dbuf[k];
}
