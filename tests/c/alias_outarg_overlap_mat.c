/* gradcheck: n=15 lo=-2 hi=2 */
/* Runtime alias versioning (enzymec/ad/alias_version.py): one call site reached with
 * disjoint buffers and with `out` overlapping `mat` (out = the last row of mat: out[i]
 * overwrites mat[(n-1)*n + i], which row n-1 then reads), where the ordinary gradient must
 * run. 3x3: the disjoint mat = x[0..8], vec = x[9..11] (shared by both calls, read only),
 * the overlapping call's own mat = x[0..5] and its last row x[12..14]. */
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

static const double weights[N * N] = {0.5, -1.0, 1.5, 0.25, -0.75, 1.25, 2.0, -0.5, 1.0};

__attribute__((noinline)) void site(const double *mat, double *dmat, const double *vec,
                                    double *dvec, double *out, double *dout) {
    __enzyme_autodiff((void *)matvec_out, enzyme_dup, mat, dmat, enzyme_dup, vec, dvec,
                      enzyme_dup, out, dout, enzyme_const, (long)N);
}

static void fill(const double *x, double *mat, double *vec, double *mat2) {
    for (int k = 0; k < N * N; k++) mat[k] = x[k];
    for (int k = 0; k < N; k++) vec[k] = x[9 + k];
    for (int k = 0; k < 6; k++) mat2[k] = x[k];
    for (int k = 0; k < N; k++) mat2[6 + k] = x[12 + k];
}

double f(const double *x) {
    double mat[N * N], vec[N], out[N], mat2[N * N];
    fill(x, mat, vec, mat2);
    double loss = matvec_out(mat, vec, out, N);
    for (int i = 0; i < N; i++) loss += weights[i] * out[i];
    loss += matvec_out(mat2, vec, mat2 + 6, N);
    for (int k = 0; k < N * N; k++) loss += weights[k] * mat2[k];
    return loss;
}

void grad(const double *x, double *g) {
    double mat[N * N], vec[N], out[N], dout[N], mat2[N * N], dmat2[N * N], dvec2[N];
    fill(x, mat, vec, mat2);
    for (int k = 0; k < 15; k++) g[k] = 0.0;
    for (int i = 0; i < N; i++) dout[i] = weights[i];
    site(mat, g, vec, g + 9, out, dout);  /* disjoint */
    for (int k = 0; k < N * N; k++) dmat2[k] = weights[k];
    for (int k = 0; k < N; k++) dvec2[k] = 0.0;
    site(mat2, dmat2, vec, dvec2, mat2 + 6, dmat2 + 6);  /* out overlaps mat's last row */
    for (int k = 0; k < 6; k++) g[k] += dmat2[k];
    for (int k = 0; k < N; k++) g[12 + k] = dmat2[6 + k];
    for (int k = 0; k < N; k++) g[9 + k] += dvec2[k];
}
