/* gradcheck: n=6 lo=-2 hi=2 */
/* memmove over overlapping ranges of active memory: a FIR filter's delay line shifted right
 * by one sample per step (memmove up), then shifted left once at the end (memmove down). */
#include <enzyme.h>
#include <string.h>

#define TAPS 4
static const double H[TAPS] = {0.5, -0.25, 1.0, 0.75};
static const double C[TAPS] = {1.0, 2.0, -1.0, 0.5};

double fir(const double *x, int n) {
    double buf[TAPS] = {0.0, 0.0, 0.0, 0.0};
    double out = 0.0;
    for (int t = 0; t < n; t++) {
        memmove(buf + 1, buf, (TAPS - 1) * sizeof(double));
        buf[0] = x[t];
        double y = 0.0;
        for (int k = 0; k < TAPS; k++) y += H[k] * buf[k];
        out += y * y;
    }
    memmove(buf, buf + 1, (TAPS - 1) * sizeof(double));
    for (int k = 0; k < TAPS; k++) out += C[k] * buf[k];
    return out;
}

double f(const double *x) { return fir(x, 6); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)fir, enzyme_dup, x, g, enzyme_const, 6);
}
void analytic(const double *x, double *g) {
    const int n = 6;
    for (int j = 0; j < n; j++) g[j] = 0.0;
    for (int t = 0; t < n; t++) {
        double y = 0.0;
        for (int k = 0; k < TAPS && k <= t; k++) y += H[k] * x[t - k];
        for (int k = 0; k < TAPS && k <= t; k++) g[t - k] += 2 * y * H[k];
    }
    /* final buffer before the left shift: x[n-1], x[n-2], x[n-3], x[n-4]; after it:
     * x[n-2], x[n-3], x[n-4], x[n-4] */
    g[n - 2] += C[0];
    g[n - 3] += C[1];
    g[n - 4] += C[2] + C[3];
}
