/* gradcheck: n=4 lo=-2 hi=2 */
/* A C driver differentiating a Rust kernel (rust_kernel.rs), linked with -flto. */
#include <enzyme.h>
#include <stddef.h>

double rkernel(const double *x, size_t n);

double f(const double *x) { return rkernel(x, 4); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)rkernel, enzyme_dup, x, g, enzyme_const, (size_t)4);
}
