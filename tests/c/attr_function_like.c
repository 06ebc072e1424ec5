/* gradcheck: n=3 lo=-0.9 hi=3 */
/* Enzyme's `__attribute__((enzyme_function_like("log1p")))`: `my_log1p` returns log1p(v)
 * plus ((v + M) - M) - rint(v), which is exactly 0 but differentiates to 1, so ignoring the
 * attribute would add 1 to each d/dx_i; with it, log1p's derivative rule is used. */
#include <enzyme.h>
#include <math.h>

__attribute__((noinline, enzyme_function_like("log1p"))) double my_log1p(double v) {
    volatile double magic = 6755399441055744.0;
    return log1p(v) + (((v + magic) - magic) - rint(v));
}

double h(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += (i + 1) * my_log1p(x[i]);
    return s;
}

double f(const double *x) { return h(x, 3); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0;
    __enzyme_autodiff((void *)h, enzyme_dup, x, g, enzyme_const, 3);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = (i + 1) / (1.0 + x[i]);
}
