/* gradcheck: n=4 lo=-1.5 hi=1.5 */
/* Calls through a static const table of function pointers (libm and local functions) at
 * constant indices: every call's target is known at compile time. */
#include <enzyme.h>
#include <math.h>

typedef double (*unary)(double);
static double sq(double v) { return v * v; }
static double softplus(double v) { return log1p(exp(v)); }
static const unary OPS[4] = {sin, sq, softplus, tanh};

double features(const double *x) {
    return OPS[0](x[0]) + 2 * OPS[1](x[1]) + 3 * OPS[2](x[2]) + 4 * OPS[3](x[3]) * OPS[0](x[1]);
}

double f(const double *x) { return features(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)features, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    double t = tanh(x[3]);
    g[0] = cos(x[0]);
    g[1] = 4 * x[1] + 4 * t * cos(x[1]);
    g[2] = 3 / (1 + exp(-x[2]));
    g[3] = 4 * (1 - t * t) * sin(x[1]);
}
