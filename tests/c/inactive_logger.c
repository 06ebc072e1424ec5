/* gradcheck: n=2 lo=-1.5 hi=1.5 */
/* Logging functions called with active values inside a Newton solve, made inactive with the
 * raw `__enzyme_inactivefn` table (two entries): one formats into a buffer with snprintf,
 * one records a history through a pointer. The root r of r^3 + a r - b = 0 is the loss. */
#include <enzyme.h>
#include <stdio.h>

static char log_line[128];
static double history[64];
static int history_len;

__attribute__((noinline)) void log_residual(int iter, double r, double res) {
    snprintf(log_line, sizeof log_line, "iter %d r=%.17g res=%.3e", iter, r, res);
}
__attribute__((noinline)) void record(double *slot, double v) {
    *slot = v;
    history_len++;
}
void *__enzyme_inactivefn[] = {(void *)log_residual, (void *)record};

double cubic_root(double p, double b) {
    double a = 1.0 + p * p, r = 0.0;
    history_len = 0;
    for (int it = 0; it < 40; it++) {
        double res = r * r * r + a * r - b;
        log_residual(it, r, res);
        record(&history[it], r);
        r -= res / (3 * r * r + a);
    }
    return r;
}

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double f(const double *x) { return cubic_root(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)cubic_root, x[0], x[1]);
    g[0] = d.a;
    g[1] = d.b;
}
void analytic(const double *x, double *g) {
    /* implicit differentiation of r^3 + a r - b = 0 at the converged root */
    double r = cubic_root(x[0], x[1]), a = 1.0 + x[0] * x[0], den = 3 * r * r + a;
    g[0] = -r * 2 * x[0] / den;
    g[1] = 1.0 / den;
}
