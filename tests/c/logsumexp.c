/* gradcheck: n=6 lo=-3 hi=3 */
/* The talk's logsumexp, with the max-shift for stability. */
#include <enzyme.h>
#include <math.h>

double logsumexp(const double *x, int n) {
    double m = x[0];
    for (int i = 1; i < n; i++)
        if (x[i] > m) m = x[i];
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += exp(x[i] - m);
    return log(s) + m;
}

double f(const double *x) { return logsumexp(x, 6); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)logsumexp, enzyme_dup, x, g, enzyme_const, 6);
}
/* the softmax */
void analytic(const double *x, double *g) {
    double s = 0.0;
    for (int i = 0; i < 6; i++) s += exp(x[i]);
    for (int i = 0; i < 6; i++) g[i] = exp(x[i]) / s;
}
