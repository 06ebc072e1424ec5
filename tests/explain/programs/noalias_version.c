/* explain: -O3 */
/* out is passed in, so it may overlap mat or vec: the call runs a gradient of a noalias
 * clone of the function when the regions the arguments give are disjoint (alias_version.py).
 * The clone's remarks point at the user's function. */
#include <enzyme.h>

static void matvec_out(const double *mat, const double *vec, double *out, long n) {
    for (long i = 0; i < n; i++) {
        out[i] = 0.0;
        for (long j = 0; j < n; j++)
            out[i] += mat[i * n + j] * vec[j];
    }
}
void dmatvec(const double *m, double *dm, const double *v, double *dv, double *o, double *d,
             long n) {
    __enzyme_autodiff((void *)matvec_out, enzyme_dup, m, dm, enzyme_dup, v, dv, enzyme_dup, o,
                      d, enzyme_const, n);
}
