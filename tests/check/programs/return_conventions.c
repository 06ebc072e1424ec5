/* Other result conventions: an output passed enzyme_dupnoneed (no primal store, only its
 * shadow matters), forward mode returning {primal, tangent} (enzyme_primal_return), a
 * gradient into the float argument of a function returning double, and a call declared void
 * that drops the gradient of its active scalar (the memory's is still checked). */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

typedef struct { double value, tangent; } dual;
dual __enzyme_fwddiff_dual(void *, ...);
extern int enzyme_primal_return;
void __enzyme_autodiff_void(void *, ...);

void squares(const double *x, double *y, int n) {
    for (int i = 0; i < n; i++) y[i] = x[i] * x[i] * (i + 1);
}

double tanh_sum(double a, double b) { return tanh(a) + tanh(a * b); }

double mixed(float s, double t) { return (double)s * s * t + sin(t); }

double scaled(const double *x, double a) { return x[0] * x[1] * a + a * a; }

int main(void) {
    double x[3] = {0.5, -1.5, 2.0}, dx[3] = {0}, y[3] = {7, 7, 7}, dy[3] = {1.0, 0.5, -2.0};
    __enzyme_autodiff((void *)squares, enzyme_dup, x, dx, enzyme_dupnoneed, y, dy,
                      enzyme_const, 3);
    dual d = __enzyme_fwddiff_dual((void *)tanh_sum, enzyme_primal_return, 0.3, 1.0, -0.7, 0.5);
    double ds = __enzyme_autodiff((void *)mixed, 1.25f, enzyme_const, 0.8);
    double z[2] = {1.5, -2.0}, dz[2] = {0.25, 0};
    __enzyme_autodiff_void((void *)scaled, z, dz, 3.0);
    printf("%.17g %.17g\n", dz[0], dz[1]);
    for (int i = 0; i < 3; i++) printf("%.17g %.17g %.17g %.17g\n", x[i], dx[i], y[i], dy[i]);
    printf("%.17g %.17g %.17g\n", d.value, d.tangent, ds);
    return 0;
}
