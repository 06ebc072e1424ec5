/* gradcheck: n=2 lo=-2 hi=2 */
/* A C driver differentiating a hand-written IR kernel (ir_kernel.ll), linked with -flto. */
#include <enzyme.h>

double irkernel(double a, double b);
typedef struct { double da, db; } pair;
pair __enzyme_autodiff_pair(void *, double, double);

double f(const double *x) { return irkernel(x[0], x[1]); }

void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)irkernel, x[0], x[1]);
    g[0] = d.da;
    g[1] = d.db;
}
