/* A registered custom gradient wrong by a factor of 2 (d/dv v^2 is 2v, it returns 4v), used
 * through a user's split pair: the check runs when __enzyme_reverse does, against finite
 * differences of the primal on the inputs as they were before __enzyme_augmentfwd (the
 * forward overwrites them), and must report the pair. */
#include <enzyme.h>
#include <stdio.h>

typedef struct { void *tape; double result; } Augmented;
Augmented __enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);

double square(double v) { return v * v; }
void square_aug(double v) { (void)v; }
double square_rev(double v, double seed) { return 4.0 * v * seed; }
ENZYMEC_GRADIENT(square, square_aug, square_rev);

double loss(double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += square(x[i]) + 0.5 * x[i];
    for (int i = 0; i < n; i++) x[i] = -x[i]; /* the forward overwrites its input */
    return s;
}

int main(void) {
    double x[4] = {0.5, -1.25, 2.0, 0.75}, g[4] = {0};
    Augmented a = __enzyme_augmentfwd((void *)loss, enzyme_dup, x, g, enzyme_const, 4);
    __enzyme_reverse((void *)loss, enzyme_dup, x, g, enzyme_const, 4, 1.0, a.tape); /* expect: failure */
    printf("%.17g %.17g %.17g %.17g %.17g\n", a.result, g[0], g[1], g[2], g[3]);
    return 0;
}
