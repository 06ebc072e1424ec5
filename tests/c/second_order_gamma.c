/* gradcheck: n=2 lo=0.4 hi=4 */
/* Second derivatives through the Gamma functions (a gamma or Dirichlet likelihood's
 * Hessian): reverse mode over enzymec's first derivative of lgamma and tgamma, whose
 * digamma (the runtime's __enzymec_digamma) now has a derivative rule, the runtime's
 * trigamma (it was a located error: "enzymec's own derivative code"). f is that first
 * derivative by hand, with a digamma written here. */
#include <enzyme.h>
#include <math.h>

static double loglik(const double *x) {
    return 2.0 * lgamma(x[0] + x[1]) - lgamma(x[0]) + 0.5 * tgamma(x[1]);
}

static double first(const double *x) {  /* enzymec's d loglik / d x0 */
    double g[2] = {0.0, 0.0};
    __enzyme_autodiff((void *)loglik, enzyme_dup, x, g);
    return g[0];
}

static double psi(double x) {  /* digamma for x > 0: recurrence, then the series */
    double shift = 0.0;
    for (; x < 12.0; x += 1.0) shift += 1.0 / x;
    double w2 = 1.0 / (x * x);
    return log(x) - 0.5 / x - w2 * (1.0 / 12 - w2 * (1.0 / 120 - w2 / 252)) - shift;
}

double f(const double *x) { return 2.0 * psi(x[0] + x[1]) - psi(x[0]); }
void grad(const double *x, double *g) {
    g[0] = g[1] = 0.0;
    __enzyme_autodiff((void *)first, enzyme_dup, x, g);
}
