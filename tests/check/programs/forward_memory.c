/* Forward mode with dup memory: tangents of the inputs in the shadow, tangents of the
 * outputs written to the output's shadow, and no returned tangent (void). */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

void __enzyme_fwddiff_void(void *, ...);

void rotate(const double *x, double *y, int n, double theta) {
    for (int i = 0; i + 1 < n; i += 2) {
        y[i] = cos(theta) * x[i] - sin(theta) * x[i + 1];
        y[i + 1] = sin(theta) * x[i] + cos(theta) * x[i + 1] * x[i];
    }
}

int main(void) {
    double x[4] = {1.0, 0.5, -0.25, 2.0}, dx[4] = {0.3, -1.0, 0.7, 0.2};
    double y[4] = {0}, dy[4] = {0};
    __enzyme_fwddiff_void((void *)rotate, enzyme_dup, x, dx, enzyme_dup, y, dy, enzyme_const, 4,
                          0.6, 0.25);
    for (int i = 0; i < 4; i++) printf("%.17g %.17g %.17g %.17g\n", x[i], dx[i], y[i], dy[i]);
    return 0;
}
