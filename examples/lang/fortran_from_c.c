/* A C program differentiating a Fortran kernel (fortran_kernel.f90): link the units into
 * one module before AD with -flto:
 *   enzymec -flto -O2 examples/lang/fortran_from_c.c examples/lang/fortran_kernel.f90 -o fc
 */
#include <enzyme.h>
#include <stdio.h>

double weighted_norm(const double *x, const double *w, int n); /* bind(C) in Fortran */

int main(void) {
    double x[3] = {1.0, -2.0, 0.5}, w[3] = {1.0, 2.0, 3.0}, dx[3] = {0};
    __enzyme_autodiff((void *)weighted_norm, enzyme_dup, x, dx, enzyme_const, w,
                      enzyme_const, 3);
    printf("f = %g, gradient = %g %g %g\n", weighted_norm(x, w, 3), dx[0], dx[1], dx[2]);
    return 0;
}
