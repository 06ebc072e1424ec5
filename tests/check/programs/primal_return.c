/* Reverse mode with enzyme_primal_return: the gradient returns {f(x), adjoints...}, so the
 * checker must find each adjoint after the primal (in registers for two doubles, through the
 * sret pointer for three), and the primal itself must reach the caller unchanged. */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

extern int enzyme_primal_return, enzyme_const, enzyme_dup;
typedef struct { double value, da; } vg1;
typedef struct { double value, da, db; } vg2;
vg1 __enzyme_autodiff_vg1(void *, ...) __asm__("__enzyme_autodiff");
vg2 __enzyme_autodiff_vg2(void *, ...) __asm__("__enzyme_autodiff");

double bump(double a, double b) { return a > b ? a * sin(b) : exp(-a * a) * b; }

double weighted(const double *x, double w, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += w * x[i] * x[i];
    return s;
}

int main(void) {
    vg2 p = __enzyme_autodiff_vg2((void *)bump, enzyme_primal_return, 0.75, -0.5);
    vg2 q = __enzyme_autodiff_vg2((void *)bump, enzyme_primal_return, -0.5, 0.75);
    double x[3] = {0.5, -1.5, 2.0}, dx[3] = {0};
    vg1 r = __enzyme_autodiff_vg1((void *)weighted, enzyme_primal_return, enzyme_dup, x, dx,
                                  1.5, enzyme_const, 3);
    printf("%.17g %.17g %.17g\n", p.value, p.da, p.db);
    printf("%.17g %.17g %.17g\n", q.value, q.da, q.db);
    printf("%.17g %.17g\n", r.value, r.da);
    for (int i = 0; i < 3; i++) printf("%.17g %.17g\n", x[i], dx[i]);
    return 0;
}
