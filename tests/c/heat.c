/* gradcheck: n=8 lo=-1 hi=1 */
/* A 1-D heat equation: explicit stencil time-stepped in place over a dup array, with
 * a scratch array; the loss weights the final temperatures. */
#include <enzyme.h>

#define NX 8
#define STEPS 20

double heat(double *u) {
    double tmp[NX];
    for (int s = 0; s < STEPS; s++) {
        for (int i = 0; i < NX; i++) {
            double left = i > 0 ? u[i - 1] : 0.0;
            double right = i < NX - 1 ? u[i + 1] : 0.0;
            tmp[i] = u[i] + 0.2 * (left - 2.0 * u[i] + right);
        }
        for (int i = 0; i < NX; i++)
            u[i] = tmp[i];
    }
    double loss = 0.0;
    for (int i = 0; i < NX; i++)
        loss += u[i] * u[i] * (i + 1);
    return loss;
}

double f(const double *x) {
    double u[NX];
    for (int i = 0; i < NX; i++) u[i] = x[i];
    return heat(u);
}
void grad(const double *x, double *g) {
    double u[NX];
    for (int i = 0; i < NX; i++) { u[i] = x[i]; g[i] = 0.0; }
    __enzyme_autodiff((void *)heat, enzyme_dup, u, g);
}
