/* gradcheck: n=3 lo=0.2 hi=4 */
/* Enzyme's custom gradient whose augmented forward returns nothing (Enzyme's form for a
 * function of scalars returning a float): the result then comes from the function itself.
 * fast_rsqrt reads the bits of its argument (no derivative rule could see through that);
 * the product x * rsqrt(x) needs both the primal result and the registered reverse. */
#include <enzyme.h>
#include <stdint.h>
#include <string.h>

double fast_rsqrt(double v) {
    int64_t bits;
    memcpy(&bits, &v, sizeof bits);
    bits = 0x5FE6EB50C7B537A9 - (bits >> 1);
    double y;
    memcpy(&y, &bits, sizeof y);
    for (int k = 0; k < 5; k++) y = y * (1.5 - 0.5 * v * y * y);
    return y;
}
void aug_rsqrt(double v) { (void)v; }
double rev_rsqrt(double v, double d) {
    double y = fast_rsqrt(v);
    return -0.5 * y * y * y * d;
}
void *__enzyme_register_gradient_rsqrt[3] = {(void *)fast_rsqrt, (void *)aug_rsqrt,
                                             (void *)rev_rsqrt};

double h(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += (i + 1) * x[i] * fast_rsqrt(x[i]);
    return s;
}

double f(const double *x) { return h(x, 3); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0;
    __enzyme_autodiff((void *)h, enzyme_dup, x, g, enzyme_const, 3);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.5 * (i + 1) * fast_rsqrt(x[i]);
}
