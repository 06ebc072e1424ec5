/* gradcheck: n=3 lo=-2 hi=2 */
/* One out-of-line callee called with different activity: dot(C, D) on constant arrays,
 * dot(x, W) with one active argument, dot(x, x) with both and dot(W, x) with the second. */
#include <enzyme.h>

static const double C[3] = {1.0, 2.0, -1.0}, D[3] = {0.5, 0.25, 2.0};
static const double W[3] = {-0.7, 1.1, 0.4};

__attribute__((noinline)) double dot3(const double *a, const double *b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

double mix(const double *x) {
    double c = dot3(C, D);
    return c * dot3(x, W) + dot3(x, x) * dot3(W, x);
}

double f(const double *x) { return mix(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    __enzyme_autodiff((void *)mix, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    double c = C[0] * D[0] + C[1] * D[1] + C[2] * D[2];
    double xx = x[0] * x[0] + x[1] * x[1] + x[2] * x[2];
    double wx = W[0] * x[0] + W[1] * x[1] + W[2] * x[2];
    for (int i = 0; i < 3; i++) g[i] = c * W[i] + 2 * x[i] * wx + xx * W[i];
}
