/* gradcheck: n=3 lo=-1.5 hi=1.5 */
/* A C driver differentiating a Zig kernel (zig_kernel.zig), linked with -flto. */
#include <enzyme.h>

double zkernel(const double *x, unsigned long n);

double f(const double *x) { return zkernel(x, 3); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)zkernel, enzyme_dup, x, g, enzyme_const, 3UL);
}
