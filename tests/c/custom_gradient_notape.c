/* gradcheck: n=3 lo=0.3 hi=2 */
/* Custom gradients whose augmented forward returns no tape (Enzyme's convention when the
 * function needs none): void, so the reverse has no tape parameter, or only a tape pointer.
 * When f returns a value the augmented forward does not give, enzymec calls f for it (f
 * writes no memory); here the result is used both later in the forward sweep and in the
 * reverse, so a wrong value would show. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

/* r(s) = s^(-1/2), as a fast inverse square root would be registered */
double rsqrt_f(double s) { return 1.0 / sqrt(s); }
void rsqrt_aug(double s) { (void)s; }
double rsqrt_rev(double s, double seed) { return -0.5 * seed * rsqrt_f(s) / s; }
void *__enzyme_register_gradient_rsqrt[3] = {(void *)rsqrt_f, (void *)rsqrt_aug,
                                             (void *)rsqrt_rev};

/* y = 2 x elementwise; the augmented forward writes y, needs no tape */
void twice(const double *x, double *y, int n) {
    for (int i = 0; i < n; i++) y[i] = 2.0 * x[i];
}
void twice_aug(const double *x, const double *dx, double *y, double *dy, int n) {
    (void)dx, (void)dy;
    for (int i = 0; i < n; i++) y[i] = 2.0 * x[i];
}
void twice_rev(const double *x, double *dx, double *y, double *dy, int n) {
    (void)x, (void)y;
    for (int i = 0; i < n; i++) {
        dx[i] += 2.0 * dy[i];
        dy[i] = 0.0;
    }
}
ENZYMEC_GRADIENT(twice, twice_aug, twice_rev);

/* c(v) = v^3; the augmented forward returns only a tape (v^2), not the result */
double cube(double v) { return v * v * v; }
void *cube_aug(double v) {
    double *square = malloc(sizeof(double));
    *square = v * v;
    return square;
}
double cube_rev(double v, double seed, void *tape) {
    (void)v;
    double d = 3.0 * *(double *)tape * seed;
    free(tape);
    return d;
}
ENZYMEC_GRADIENT(cube, cube_aug, cube_rev);

double model(const double *x) {
    double y[3];
    twice(x, y, 3);
    double r = rsqrt_f(y[0] * y[0] + y[1] * y[1]);
    double c = cube(y[2] * r);
    return r * y[1] + c * x[0];
}

double f(const double *x) { return model(x); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)model, enzyme_dup, x, g);
}
