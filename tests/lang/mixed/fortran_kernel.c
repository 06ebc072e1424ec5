/* gradcheck: n=5 lo=-2 hi=2 */
/* A C driver differentiating a Fortran kernel (fortran_kernel.f90), linked with -flto. */
#include <enzyme.h>

double fkernel(const double *x, int n, double scale);

double f(const double *x) { return fkernel(x, 5, 0.75); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 5; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)fkernel, enzyme_dup, x, g, enzyme_const, 5, enzyme_const, 0.75);
}
