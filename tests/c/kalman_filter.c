/* gradcheck: n=4 lo=-0.5 hi=0.5 */
/* A scalar Kalman filter over a fixed measurement sequence: the negative log-likelihood of
 * the innovations as a function of the (log) process and measurement noises, the initial
 * mean and the transition coefficient (maximum-likelihood tuning of a filter). */
#include <enzyme.h>
#include <math.h>

#define T 12
static const double Z[T] = {0.9, 1.3, 1.1, 1.8, 2.2, 1.9, 2.5, 2.4, 2.9, 3.3, 3.0, 3.6};

typedef struct { double mean, var; } belief;

static belief predict(belief b, double a, double q) {
    belief r = {a * b.mean, a * a * b.var + q};
    return r;
}
static belief update(belief b, double z, double r, double *nll) {
    double s = b.var + r, innov = z - b.mean, k = b.var / s;
    *nll += 0.5 * (log(s) + innov * innov / s);
    belief out = {b.mean + k * innov, (1.0 - k) * b.var};
    return out;
}

double kalman_nll(const double *x) {
    double q = exp(x[0] - 2.0), r = exp(x[1] - 1.0), a = 1.05 + 0.1 * x[3];
    belief b = {0.8 + x[2], 1.0};
    double nll = 0.0;
    for (int t = 0; t < T; t++) {
        b = predict(b, a, q);
        b = update(b, Z[t], r, &nll);
    }
    return nll;
}

double f(const double *x) { return kalman_nll(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)kalman_nll, enzyme_dup, x, g);
}
