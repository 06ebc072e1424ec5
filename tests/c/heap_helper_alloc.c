/* gradcheck: n=4 lo=-2 hi=2 */
/* A heap buffer of active features allocated and filled by a helper, returned to the caller,
 * used there and freed by the caller. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

static const double W[8] = {0.5, -1.0, 2.0, 0.25, -0.75, 1.5, 1.0, -0.5};

__attribute__((noinline)) static double *make_features(const double *x, int n) {
    double *phi = malloc(2 * n * sizeof(double));
    for (int i = 0; i < n; i++) {
        phi[2 * i] = sin(x[i]);
        phi[2 * i + 1] = x[i] * x[i];
    }
    return phi;
}

double model(const double *x, int n) {
    double *phi = make_features(x, n);
    double s = phi[0] * phi[3];
    for (int k = 0; k < 2 * n; k++) s += W[k] * phi[k];
    free(phi);
    return s;
}

double f(const double *x) { return model(x, 4); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)model, enzyme_dup, x, g, enzyme_const, 4);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = W[2 * i] * cos(x[i]) + W[2 * i + 1] * 2 * x[i];
    g[0] += cos(x[0]) * x[1] * x[1];
    g[1] += sin(x[0]) * 2 * x[1];
}
