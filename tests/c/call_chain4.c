/* gradcheck: n=11 lo=-1 hi=1 */
/* A chain of four nested helper calls kept out of line (loss -> layer -> neuron -> activation)
 * passing pointers, offsets and scalars down: a 3-2-1 network's squared output. */
#include <enzyme.h>
#include <math.h>

static const double IN[3] = {0.5, -1.0, 2.0};

__attribute__((noinline)) static double act(double z) { return z / sqrt(1.0 + z * z); }
__attribute__((noinline)) static double neuron(const double *w, const double *in, int n, double b) {
    double z = b;
    for (int i = 0; i < n; i++) z += w[i] * in[i];
    return act(z);
}
__attribute__((noinline)) static void layer(const double *w, const double *b, const double *in,
                                            double *out, int nin, int nout) {
    for (int o = 0; o < nout; o++) out[o] = neuron(w + o * nin, in, nin, b[o]);
}

double net_loss(const double *p) {
    double h[2], y[1];
    layer(p, p + 6, IN, h, 3, 2);  /* w1: 2x3, b1: 2 */
    layer(p + 8, p + 10, h, y, 2, 1); /* w2: 1x2, b2: 1 */
    return (y[0] - 0.25) * (y[0] - 0.25);
}

double f(const double *x) { return net_loss(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 11; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)net_loss, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    double h[2], dh[2];
    for (int o = 0; o < 2; o++) {
        double z = x[6 + o];
        for (int i = 0; i < 3; i++) z += x[o * 3 + i] * IN[i];
        double q = 1.0 + z * z;
        h[o] = z / sqrt(q);
        dh[o] = 1.0 / (q * sqrt(q));
    }
    double z = x[10] + x[8] * h[0] + x[9] * h[1], q = 1.0 + z * z;
    double y = z / sqrt(q), dz = 2 * (y - 0.25) / (q * sqrt(q));
    g[8] = dz * h[0];
    g[9] = dz * h[1];
    g[10] = dz;
    for (int o = 0; o < 2; o++) {
        double dzo = dz * x[8 + o] * dh[o];
        for (int i = 0; i < 3; i++) g[o * 3 + i] = dzo * IN[i];
        g[6 + o] = dzo;
    }
}
