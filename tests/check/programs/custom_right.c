/* Correct custom derivatives, reverse (ENZYMEC_GRADIENT) and forward
 * (__enzyme_register_derivative_), pass silently: the check has no false alarm here. */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>


double cube(double v) { return v * v * v; }
void cube_aug(double v) { (void)v; }
double cube_rev(double v, double seed) { return 3.0 * v * v * seed; }
ENZYMEC_GRADIENT(cube, cube_aug, cube_rev);

typedef struct { double value, tangent; } dual;
double scaled_sin(double v) { return 2.0 * sin(v); }
dual scaled_sin_fwd(double v, double dv) {
    dual r = {2.0 * sin(v), 2.0 * cos(v) * dv};
    return r;
}
void *__enzyme_register_derivative_scaled_sin[2] = {(void *)scaled_sin, (void *)scaled_sin_fwd};

double model_rev(double a, double b) { return cube(a) * b + a * b; }
double model_fwd(double a, double b) { return a * a * b + scaled_sin(a * b); }

int main(void) {
    double pts[3] = {0.4, -1.2, 1.7};
    for (int i = 0; i < 3; i++) {
        double a = pts[i], b = pts[(i + 1) % 3];
        double t = __enzyme_fwddiff((void *)model_fwd, a, 1.0, b, -0.5);
        double d = __enzyme_autodiff((void *)model_rev, a, enzyme_const, b);
        printf("%.17g %.17g\n", t, d);
    }
    return 0;
}
