/* gradcheck: n=11 lo=-1 hi=1 */
/* A 1-D diffusion solver with active per-face conductivities, insulated (Neumann) ends and
 * heap temperature and flux buffers (flux computed into a temp buffer, then applied); the
 * loss is the mismatch with a target profile. Active: 6 initial temperatures and 5
 * log-conductivities. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

#define NX 6
#define STEPS 25
static const double TARGET[NX] = {0.2, 0.4, 0.5, 0.5, 0.4, 0.2};

double diffuse(const double *x) {
    double *u = malloc(NX * sizeof(double)), *flux = malloc((NX + 1) * sizeof(double));
    double kappa[NX - 1];
    for (int i = 0; i < NX; i++) u[i] = x[i];
    for (int i = 0; i < NX - 1; i++) kappa[i] = 0.1 * exp(0.5 * x[NX + i]);
    for (int s = 0; s < STEPS; s++) {
        flux[0] = flux[NX] = 0.0;
        for (int i = 1; i < NX; i++) flux[i] = -kappa[i - 1] * (u[i] - u[i - 1]);
        for (int i = 0; i < NX; i++) u[i] -= 0.4 * (flux[i + 1] - flux[i]);
    }
    double loss = 0.0;
    for (int i = 0; i < NX; i++) loss += (u[i] - TARGET[i]) * (u[i] - TARGET[i]);
    free(u);
    free(flux);
    return loss;
}

double f(const double *x) { return diffuse(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 2 * NX - 1; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)diffuse, enzyme_dup, x, g);
}
