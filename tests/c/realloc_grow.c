/* gradcheck: n=3 lo=-2 hi=2 */
/* realloc in a loop: a buffer that doubles as it fills, starting from realloc(NULL, ...). */
#include <enzyme.h>
#include <stdlib.h>

static volatile int N = 37;

double grow(const double *x, int n) {
    double *buf = NULL;
    size_t len = 0, cap = 0;
    for (int i = 0; i < n; i++) {
        if (len == cap) {
            cap = cap ? 2 * cap : 2;
            buf = realloc(buf, cap * sizeof *buf);
        }
        buf[len++] = x[i % 3] * (i + 1);
    }
    double s = 0.0;
    for (size_t i = 0; i < len; i++) s += buf[i] * buf[i];
    free(buf);
    return s;
}

double f(const double *x) { return grow(x, N); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    __enzyme_autodiff((void *)grow, x, g, N);
}
void analytic(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    for (int i = 0; i < N; i++) g[i % 3] += 2.0 * x[i % 3] * (i + 1.0) * (i + 1.0);
}
