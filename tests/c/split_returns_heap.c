/* gradcheck: n=4 lo=-1.5 hi=1.5 */
/* Split mode on a function that returns a heap block it allocates, and hands back another
 * one through an out-parameter: the augmented forward returns the block, its shadow (which
 * the caller seeds) and the tape; after the reverse the caller frees the blocks and their
 * shadows, which are its own. The reverse freed the shadows itself before: the caller's
 * frees were double frees (an abort). */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

#define N 4

typedef struct {
    void *tape;
    double *y;
    double *dy;
} augmented;
augmented __enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);

double *expand(const double *x, double **spare) {
    double *y = malloc(2 * N * sizeof *y);
    double *s = malloc(N * sizeof *s);
    for (int i = 0; i < N; i++) {
        y[2 * i] = sin(x[i]) * x[(i + 1) % N];
        y[2 * i + 1] = x[i] * x[i];
        s[i] = exp(0.3 * x[i]);
    }
    *spare = s;
    return y;
}

static const double w[2 * N] = {1.0, -0.5, 2.0, 0.25, -1.5, 0.75, 0.5, -2.0};

double f(const double *x) {
    double *s;
    double *y = expand(x, &s);
    double loss = 0.0;
    for (int i = 0; i < 2 * N; i++) loss += w[i] * y[i];
    for (int i = 0; i < N; i++) loss += (i + 1) * s[i];
    free(y);
    free(s);
    return loss;
}

void grad(const double *x, double *g) {
    for (int i = 0; i < N; i++) g[i] = 0.0;
    double *s = 0, *ds = 0;
    augmented a = __enzyme_augmentfwd((void *)expand, enzyme_dup, x, g, enzyme_dup, &s, &ds);
    for (int i = 0; i < 2 * N; i++) a.dy[i] = w[i];
    for (int i = 0; i < N; i++) ds[i] = i + 1;
    __enzyme_reverse((void *)expand, enzyme_dup, x, g, enzyme_dup, &s, &ds, a.tape);
    free(a.y);
    free(a.dy);
    free(s);
    free(ds);
}
