/* gradcheck: n=2 lo=-2 hi=2 */
/* Enzyme's __enzyme_iter(n, step): a loop bound that grows by `step` each time its function
 * is differentiated, so a truncated series keeps its accuracy in its derivatives. g sums
 * the exponential's series up to x^N with N = __enzyme_iter(3, 1): 3 terms past 1 in plain
 * code, 4 in a first derivative, 5 in a second. h(x0, x1) = g(x0) + g'(x1) is differentiated
 * once more, so its gradient is the derivative of exp's series up to x^4 in x0 and the
 * second derivative of the series up to x^5 in x1: both are exp's series up to x^3, the
 * gradient of f below (exp's series up to x^4 in each variable). Without the growing bound
 * the gradient would miss the x^3 and x^2 terms. */
#include <enzyme.h>

unsigned long long __enzyme_iter(unsigned long long, unsigned long long);

static double series(double x, unsigned long long n) {
    double sum = 0, term = 1;
    for (unsigned long long i = 0; i <= n; i++) {
        sum += term;
        term = term * x / (double)(i + 1);
    }
    return sum;
}

static double g(double x) {
    unsigned long long n = __enzyme_iter(3, 1);
    double sum = 0, power = 1, fact = 1;
    for (unsigned long long i = 0; i <= n; i++) {
        if (i > 0) {
            power *= x;
            fact *= (double)i;
        }
        sum += power / fact;
    }
    return sum;
}

static double d_g(double x) { return __enzyme_autodiff((void *)g, x); }
static double h(double x0, double x1) { return g(x0) + d_g(x1); }

typedef struct { double d0, d1; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double f(const double *x) { return series(x[0], 4) + series(x[1], 4); }
void grad(const double *x, double *g_out) {
    pair d = __enzyme_autodiff_pair((void *)h, x[0], x[1]);
    g_out[0] = d.d0;
    g_out[1] = d.d1;
}
void analytic(const double *x, double *g_out) {
    g_out[0] = series(x[0], 3);
    g_out[1] = series(x[1], 3);
}
