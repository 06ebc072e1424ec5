/* gradcheck: n=4 lo=-1 hi=1 */
/* Heap memory inside a split function: `spread` mallocs a work array, fills it from x, reduces
 * it into out and frees it, all in the augmented forward; the reverse needs the work array's
 * shadow and values after that frame is gone. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

#define N 4
void *__enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);

void spread(const double *x, double *out, int n) {
    double *work = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) work[i] = cos(x[i]) + x[(i + 1) % n] * x[i];
    double s = 0.0;
    for (int i = 0; i < n; i++) s += work[i] * work[i];
    out[0] = sqrt(s + 1.0);
    free(work);
}

double f(const double *x) {
    double out[1];
    spread(x, out, N);
    return out[0];
}

void grad(const double *x, double *g) {
    double out[1], dout[1] = {0.0};
    for (int i = 0; i < N; i++) g[i] = 0.0;
    void *tape = __enzyme_augmentfwd((void *)spread, enzyme_dup, x, g, enzyme_dup, out, dout,
                                     enzyme_const, N);
    out[0] = 0.0;
    dout[0] = 1.0;
    __enzyme_reverse((void *)spread, enzyme_dup, x, g, enzyme_dup, out, dout, enzyme_const, N,
                     tape);
}
