/* gradcheck: n=6 lo=-1.5 hi=1.5 */
/* Cheap float values of a loop nest that the reverse sweep recomputes instead of taping
 * (enzymec/ad/tape/recompute_cost.py): a difference of inputs (x_i - mu_c), a product of such
 * values, beside a chain longer than the recompute budget and a difference of memory the
 * nest overwrites for every c, which are taped. x is 4 values, mu 2. */
#include <enzyme.h>
#include <math.h>

static double chains(const double *x, const double *mu, int n, int k) {
    double scratch[4], s = 0;
    for (int c = 0; c < k; c++) {
        for (int i = 0; i < n; i++)
            scratch[i] = x[i] * mu[c] + 0.25 * c; /* overwritten for every c */
        for (int i = 0; i < n; i++) {
            double d = x[i] - mu[c];
            double e = d * (x[(i + 1) % n] + mu[c]);
            double chain = ((((d + 1.0) * d - 0.5) * d + 0.25) * d - 0.125) * e;
            double t = scratch[(i + c) % n] - mu[c];
            s += sin(e) * d + chain * t + t * e * 0.5;
        }
    }
    return s;
}

double f(const double *x) { return chains(x, x + 4, 4, 2); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)chains, enzyme_dup, x, g, enzyme_dup, x + 4, g + 4,
                      enzyme_const, 4, enzyme_const, 2);
}
