/* gradcheck: n=5 lo=-0.5 hi=0.5 */
/* A classical RK4 integrator (right-hand side through a params struct, stage buffers, a
 * step helper) for a damped Duffing oscillator over 40 steps; the loss is the final energy
 * plus a tracking term. Active: initial state, damping, stiffness and cubic coefficient. */
#include <enzyme.h>
#include <math.h>

typedef struct { double damping, stiffness, cubic; } params;

static void rhs(double t, const double *y, const params *p, double *dy) {
    dy[0] = y[1];
    dy[1] = -p->damping * y[1] - p->stiffness * y[0] - p->cubic * y[0] * y[0] * y[0] +
            0.3 * cos(1.2 * t);
}

static void rk4_step(double t, double h, double *y, const params *p) {
    double k1[2], k2[2], k3[2], k4[2], tmp[2];
    rhs(t, y, p, k1);
    for (int i = 0; i < 2; i++) tmp[i] = y[i] + 0.5 * h * k1[i];
    rhs(t + 0.5 * h, tmp, p, k2);
    for (int i = 0; i < 2; i++) tmp[i] = y[i] + 0.5 * h * k2[i];
    rhs(t + 0.5 * h, tmp, p, k3);
    for (int i = 0; i < 2; i++) tmp[i] = y[i] + h * k3[i];
    rhs(t + h, tmp, p, k4);
    for (int i = 0; i < 2; i++) y[i] += h / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
}

double duffing(const double *x) {
    params p = {0.2 + 0.1 * x[2], 1.0 + 0.5 * x[3], 0.5 + 0.2 * x[4]};
    double y[2] = {1.0 + x[0], x[1]}, track = 0.0, t = 0.0, h = 0.05;
    for (int s = 0; s < 40; s++) {
        rk4_step(t, h, y, &p);
        t += h;
        track += h * (y[0] - 0.5) * (y[0] - 0.5);
    }
    double energy = 0.5 * y[1] * y[1] + 0.5 * p.stiffness * y[0] * y[0] +
                    0.25 * p.cubic * y[0] * y[0] * y[0] * y[0];
    return energy + track;
}

double f(const double *x) { return duffing(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)duffing, enzyme_dup, x, g);
}
