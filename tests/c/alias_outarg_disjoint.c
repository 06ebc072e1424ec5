/* gradcheck: n=12 lo=-2 hi=2 */
/* Runtime alias versioning (enzymec/ad/alias_version.py), the fast path: matvec with `out`
 * passed in (no restrict), called on disjoint buffers, so the call site's test picks the
 * gradient of the noalias clone (tests/ad/test_alias_version.py checks that it is there and
 * tapes no `vec`). mat = x[0..8] (3x3), vec = x[9..11], both active; the loss is the
 * function's result plus a weighted sum of `out` (seeded through dout). */
#include <enzyme.h>

#define N 3

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

static const double weights[N] = {0.5, -1.5, 2.0};

double f(const double *x) {
    double mat[N * N], vec[N], out[N];
    for (int k = 0; k < N * N; k++) mat[k] = x[k];
    for (int k = 0; k < N; k++) vec[k] = x[N * N + k];
    double loss = matvec_out(mat, vec, out, N);
    for (int i = 0; i < N; i++) loss += weights[i] * out[i];
    return loss;
}

void grad(const double *x, double *g) {
    double mat[N * N], vec[N], out[N], dout[N];
    for (int k = 0; k < N * N; k++) mat[k] = x[k];
    for (int k = 0; k < N; k++) vec[k] = x[N * N + k];
    for (int k = 0; k < N * N + N; k++) g[k] = 0.0;
    for (int i = 0; i < N; i++) dout[i] = weights[i];
    __enzyme_autodiff((void *)matvec_out, enzyme_dup, mat, g, enzyme_dup, vec, g + N * N,
                      enzyme_dup, out, dout, enzyme_const, (long)N);
}

void analytic(const double *x, double *g) {
    /* o = M v; loss = |o|^2 + w.o: dM_ij = (2 o_i + w_i) v_j, dv_j = sum_i (2 o_i + w_i) M_ij */
    const double *mat = x, *vec = x + N * N;
    double o[N];
    for (int i = 0; i < N; i++) {
        o[i] = 0;
        for (int j = 0; j < N; j++) o[i] += mat[i * N + j] * vec[j];
    }
    for (int j = 0; j < N; j++) g[N * N + j] = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            g[i * N + j] = (2 * o[i] + weights[i]) * vec[j];
            g[N * N + j] += (2 * o[i] + weights[i]) * mat[i * N + j];
        }
}
