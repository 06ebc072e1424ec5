/* A wrong `__attribute__((enzyme_inactive))`: `damping` does depend on its argument, so
 * marking it inactive drops its term from the gradient; the check must catch it. */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

__attribute__((enzyme_inactive, noinline)) double damping(double v) { return 0.5 * v * v; }

double objective(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += sin(x[i]) + damping(x[i]);
    return s;
}

int main(void) {
    double x[3] = {0.9, -0.4, 1.6}, g[3] = {0};
    __enzyme_autodiff((void *)objective, enzyme_dup, x, g, enzyme_const, 3); /* expect: failure */
    printf("%.17g %.17g %.17g\n", g[0], g[1], g[2]);
    return 0;
}
