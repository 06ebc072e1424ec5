/* A registered custom gradient whose reverse is wrong by a factor of 2 (d/dv v^2 is 2v,
 * it returns 4v): the derivative AD builds from it is wrong, and the run-time check against
 * finite differences of the primal (which runs the real `square`) must say so. */
#include <enzyme.h>
#include <stdio.h>

double square(double v) { return v * v; }
void square_aug(double v) { (void)v; }
double square_rev(double v, double seed) { return 4.0 * v * seed; }
ENZYMEC_GRADIENT(square, square_aug, square_rev);

double loss(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += square(x[i]) + 0.5 * x[i];
    return s;
}

int main(void) {
    double x[4] = {0.5, -1.25, 2.0, 0.75}, g[4] = {0};
    double lr = 0.1;
    for (int step = 0; step < 2; step++) {
        for (int i = 0; i < 4; i++) g[i] = 0;
        __enzyme_autodiff((void *)loss, enzyme_dup, x, g, enzyme_const, 4); /* expect: failure */
        for (int i = 0; i < 4; i++) x[i] -= lr * g[i];
    }
    printf("%.17g %.17g %.17g %.17g\n", x[0], x[1], x[2], x[3]);
    return 0;
}
