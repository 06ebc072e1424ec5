/* gradcheck: n=10 lo=-2 hi=2 */
/* Runtime alias versioning (enzymec/ad/alias_version.py) with `int` indices (sign-extended,
 * nsw) and a triangular inner loop whose bound is the outer counter (j <= i): the extents'
 * ranges follow a bound that is itself a range. One call site, reached with disjoint
 * buffers and with `out` the same memory as `v` (out[i] = 0 overwrites v[i], which the
 * inner loop then reads at j = i as the partial sum). L = x[0..8] (3x3, the strict upper
 * part unused); the disjoint v_k = x_k / 2 + x_9; the overlapping call's buf = x[3..5]. */
#include <enzyme.h>

#define N 3

__attribute__((noinline)) double trmv_out(const double *L, const double *v, double *out,
                                          int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
        out[i] = 0;
        for (int j = 0; j <= i; j++)
            out[i] += L[i * n + j] * v[j];
        sum += out[i] * out[i];
    }
    return sum;
}

static const double weights[N] = {1.25, -0.5, 0.75};

__attribute__((noinline)) void site(const double *L, double *dL, const double *v, double *dv,
                                    double *out, double *dout) {
    __enzyme_autodiff((void *)trmv_out, enzyme_dup, L, dL, enzyme_dup, v, dv, enzyme_dup, out,
                      dout, enzyme_const, N);
}

double f(const double *x) {
    double L[N * N], v[N], out[N], buf[N];
    for (int k = 0; k < N * N; k++) L[k] = x[k];
    for (int k = 0; k < N; k++) v[k] = x[k] * 0.5 + x[9];
    for (int k = 0; k < N; k++) buf[k] = x[k + 3];
    double loss = trmv_out(L, v, out, N);
    for (int i = 0; i < N; i++) loss += weights[i] * out[i];
    loss += trmv_out(L, buf, buf, N);
    for (int k = 0; k < N; k++) loss += weights[k] * buf[k];
    return loss;
}

void grad(const double *x, double *g) {
    double L[N * N], v[N], out[N], dout[N], dv[N], buf[N], dbuf[N], dL2[N * N];
    for (int k = 0; k < N * N; k++) L[k] = x[k];
    for (int k = 0; k < N; k++) v[k] = x[k] * 0.5 + x[9];
    for (int k = 0; k < N; k++) buf[k] = x[k + 3];
    for (int k = 0; k < 10; k++) g[k] = 0.0;
    for (int i = 0; i < N; i++) { dout[i] = weights[i]; dv[i] = 0.0; }
    site(L, g, v, dv, out, dout);  /* disjoint */
    for (int k = 0; k < N; k++) { g[k] += 0.5 * dv[k]; g[9] += dv[k]; }
    for (int k = 0; k < N; k++) dbuf[k] = weights[k];
    for (int k = 0; k < N * N; k++) dL2[k] = 0.0;
    site(L, dL2, buf, dbuf, buf, dbuf);  /* out is v */
    for (int k = 0; k < N * N; k++) g[k] += dL2[k];
    for (int k = 0; k < N; k++) g[k + 3] += dbuf[k];
}
