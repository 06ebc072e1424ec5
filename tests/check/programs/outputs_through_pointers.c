/* Outputs written through dup pointers, seeded with the adjoints the user passed, and a
 * scalar active input; the function also reads the output memory before writing it. */
#include <enzyme.h>
#include <stdio.h>

void step(const double *x, double *y, double a) {
    y[0] = a * x[0] * x[1] + y[0];
    y[1] = x[1] / a - y[0] * x[2];
    y[2] = a * a;
}

int main(void) {
    double x[3] = {0.7, -1.3, 2.1}, dx[3] = {0};
    double y[3] = {0.5, 0.25, -1.0}, dy[3] = {1.0, -2.0, 0.5};
    double da = __enzyme_autodiff((void *)step, enzyme_dup, x, dx, enzyme_dup, y, dy, 1.7);
    printf("%.17g\n", da);
    for (int i = 0; i < 3; i++) printf("%.17g %.17g %.17g %.17g\n", x[i], dx[i], y[i], dy[i]);
    return 0;
}
