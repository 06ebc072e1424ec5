/* gradcheck: n=8 lo=-1 hi=1 */
/* Jacobi iterations for a diagonally dominant tridiagonal system A u = b with an active
 * diagonal and right-hand side; a malloc'ed work buffer is swapped with the iterate by pointer. */
#include <enzyme.h>
#include <stdlib.h>

#define N 4
#define ITERS 40

double jacobi(const double *p) {
    const double *diag_in = p, *b = p + N;
    double *u = calloc(N, sizeof(double)), *work = malloc(N * sizeof(double));
    double diag[N];
    for (int i = 0; i < N; i++) diag[i] = 4.0 + diag_in[i] * diag_in[i];
    for (int it = 0; it < ITERS; it++) {
        for (int i = 0; i < N; i++) {
            double off = (i > 0 ? u[i - 1] : 0.0) + (i < N - 1 ? u[i + 1] : 0.0);
            work[i] = (b[i] + off) / diag[i]; /* off-diagonal entries are -1 */
        }
        double *t = u; u = work; work = t;
    }
    double loss = 0.0;
    for (int i = 0; i < N; i++) loss += u[i] * u[i] + (i + 1) * u[i];
    free(u);
    free(work);
    return loss;
}

double f(const double *x) { return jacobi(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 2 * N; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)jacobi, enzyme_dup, x, g);
}
