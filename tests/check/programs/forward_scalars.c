/* Forward mode with scalar tangents: the returned tangent is checked against the finite
 * difference along the user's tangent. */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

double model(double a, double b, int k) { return pow(a, k) * cos(b) + a / (1.0 + b * b); }

int main(void) {
    double pts[3][2] = {{0.4, 1.1}, {-1.3, 0.2}, {2.2, -0.8}};
    for (int i = 0; i < 3; i++) {
        double a = pts[i][0], b = pts[i][1];
        double t1 = __enzyme_fwddiff((void *)model, a, 1.0, b, 0.0, enzyme_const, 3);
        double t2 = __enzyme_fwddiff((void *)model, a, 0.5, b, -2.0, enzyme_const, 2);
        printf("%.17g %.17g\n", t1, t2);
    }
    return 0;
}
