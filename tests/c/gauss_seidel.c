/* gradcheck: n=9 lo=-1 hi=1 */
/* Gauss-Seidel sweeps (in place, lexicographic order) for the 2-D Poisson equation on a 3x3
 * interior grid with zero boundary: the active source term drives the solution; the loss
 * weights the result. 50 sweeps: effectively converged. */
#include <enzyme.h>

#define M 3
static const double WT[M * M] = {1, 2, 1, 2, 4, 2, 1, 2, 1};

double poisson(const double *src) {
    double u[M + 2][M + 2] = {{0}};
    const double h2 = 0.25 * 0.25;
    for (int sweep = 0; sweep < 50; sweep++)
        for (int i = 1; i <= M; i++)
            for (int j = 1; j <= M; j++)
                u[i][j] = 0.25 * (u[i - 1][j] + u[i + 1][j] + u[i][j - 1] + u[i][j + 1] +
                                  h2 * src[(i - 1) * M + (j - 1)]);
    double loss = 0.0;
    for (int i = 1; i <= M; i++)
        for (int j = 1; j <= M; j++) {
            double v = u[i][j];
            loss += WT[(i - 1) * M + j - 1] * v + 50.0 * v * v;
        }
    return loss;
}

double f(const double *x) { return poisson(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < M * M; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)poisson, enzyme_dup, x, g);
}
