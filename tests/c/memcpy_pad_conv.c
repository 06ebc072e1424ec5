/* gradcheck: n=6 lo=-2 hi=2 */
/* memcpy of active data into the middle of a calloc'ed zero-padded heap buffer, and of the
 * convolution result into a second buffer: a "same" convolution with a 3-tap kernel. */
#include <enzyme.h>
#include <stdlib.h>
#include <string.h>

#define K 1
static const double H[2 * K + 1] = {0.25, 0.5, -0.75};

double conv_loss(const double *x, int n) {
    double *pad = calloc(n + 2 * K, sizeof(double));
    double *tmp = malloc(n * sizeof(double)), *y = malloc(n * sizeof(double));
    memcpy(pad + K, x, n * sizeof(double));
    for (int t = 0; t < n; t++) {
        double s = 0.0;
        for (int k = 0; k <= 2 * K; k++) s += H[k] * pad[t + k];
        tmp[t] = s;
    }
    memcpy(y, tmp, n * sizeof(double));
    double loss = 0.0;
    for (int t = 0; t < n; t++) loss += y[t] * y[t] + y[t];
    free(pad);
    free(tmp);
    free(y);
    return loss;
}

double f(const double *x) { return conv_loss(x, 6); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)conv_loss, enzyme_dup, x, g, enzyme_const, 6);
}
void analytic(const double *x, double *g) {
    const int n = 6;
    for (int j = 0; j < n; j++) g[j] = 0.0;
    for (int t = 0; t < n; t++) {
        double y = 0.0;
        for (int k = 0; k <= 2 * K; k++) {
            int j = t + k - K;
            if (j >= 0 && j < n) y += H[k] * x[j];
        }
        for (int k = 0; k <= 2 * K; k++) {
            int j = t + k - K;
            if (j >= 0 && j < n) g[j] += (2 * y + 1) * H[k];
        }
    }
}
