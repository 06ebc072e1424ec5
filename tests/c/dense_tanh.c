/* gradcheck: n=11 lo=-1 hi=1 */
/* A small neural net layer: y = tanh(W x + b), loss = sum (y - t)^2.
 * Inputs: W (3x3 = 9 entries) then b... here the 11 inputs are W (9) and x (2 of 3). */
#include <enzyme.h>
#include <math.h>

#define NI 3
#define NO 3

double layer_loss(const double *W, const double *b, const double *x, const double *t) {
    double loss = 0.0;
    for (int o = 0; o < NO; o++) {
        double z = b[o];
        for (int i = 0; i < NI; i++)
            z += W[o * NI + i] * x[i];
        double y = tanh(z);
        loss += (y - t[o]) * (y - t[o]);
    }
    return loss;
}

static const double bias[NO] = {0.1, -0.2, 0.3};
static const double targ[NO] = {0.5, -0.5, 0.0};

double f(const double *p) {
    double x[NI] = {p[9], p[10], 0.7};
    return layer_loss(p, bias, x, targ);
}
void grad(const double *p, double *g) {
    double x[NI] = {p[9], p[10], 0.7}, dx[NI] = {0}, db[NO] = {0};
    for (int i = 0; i < 11; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)layer_loss, enzyme_dup, p, g, enzyme_dup, bias, db,
                      enzyme_dup, x, dx, enzyme_const, targ);
    g[9] = dx[0];
    g[10] = dx[1];
}
void analytic(const double *p, double *g) {
    double x[NI] = {p[9], p[10], 0.7};
    g[9] = g[10] = 0.0;
    for (int o = 0; o < NO; o++) {
        double z = bias[o];
        for (int i = 0; i < NI; i++) z += p[o * NI + i] * x[i];
        double y = tanh(z), dz = 2.0 * (y - targ[o]) * (1.0 - y * y);
        for (int i = 0; i < NI; i++) g[o * NI + i] = dz * x[i];
        g[9] += dz * p[o * NI + 0];
        g[10] += dz * p[o * NI + 1];
    }
}
