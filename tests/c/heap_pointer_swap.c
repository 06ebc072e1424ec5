/* gradcheck: n=2 lo=-1 hi=1 */
/* Minimal form of jacobi_pingpong.c: two heap buffers (calloc + malloc) swapped by pointer
 * in a loop. enzymec returns a zero gradient here (silently wrong), not an error. */
#include <enzyme.h>
#include <stdlib.h>

double swp(const double *p) {
    double *u = calloc(2, sizeof(double)), *w = malloc(2 * sizeof(double));
    for (int it = 0; it < 3; it++) {
        for (int i = 0; i < 2; i++) w[i] = u[1 - i] + p[i];
        double *t = u; u = w; w = t;
    }
    double r = u[0] * u[1];
    free(u);
    free(w);
    return r;
}

double f(const double *x) { return swp(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = 0.0;
    __enzyme_autodiff((void *)swp, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    /* after 3 sweeps: u = (2 p0 + p1, p0 + 2 p1) */
    double a = 2 * x[0] + x[1], b = x[0] + 2 * x[1];
    g[0] = 2 * b + a;
    g[1] = b + 2 * a;
}
