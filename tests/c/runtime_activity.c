/* gradcheck: n=4 lo=-2 hi=2 */
/* Enzyme's enzyme_runtime_activity marker (no value follows it), with distinct shadows:
 * enzymec decides activity at compile time, and checks at run time that no shadow pointer
 * (an argument, or one loaded from memory) is its primal. Also enzyme_noret and
 * enzyme_active_return, which say what reverse mode does anyway. */
#include <enzyme.h>

extern int enzyme_runtime_activity, enzyme_noret, enzyme_active_return;

/* rows of a matrix reached through an array of row pointers */
double rows(double **m, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += m[0][i] * m[1][i] + m[1][i] * m[1][i];
    return s;
}

double f(const double *x) {
    double a[2] = {x[0], x[1]}, b[2] = {x[2], x[3]};
    double *m[2] = {a, b};
    return rows(m, 2);
}

void grad(const double *x, double *g) {
    double a[2] = {x[0], x[1]}, b[2] = {x[2], x[3]};
    double da[2] = {0, 0}, db[2] = {0, 0};
    double *m[2] = {a, b}, *dm[2] = {da, db};
    __enzyme_autodiff((void *)rows, enzyme_runtime_activity, enzyme_noret, enzyme_dup, m, dm,
                      enzyme_const, 2, enzyme_active_return);
    g[0] = da[0], g[1] = da[1], g[2] = db[0], g[3] = db[1];
}

void analytic(const double *x, double *g) {
    g[0] = x[2], g[1] = x[3];
    g[2] = x[0] + 2.0 * x[2], g[3] = x[1] + 2.0 * x[3];
}
