/* gradcheck: n=4 lo=0.2 hi=2 */
/* Enzyme's custom gradients, `__enzyme_register_gradient_NAME[3] = {f, aug, rev}`: a libm
 * function with no body and no rule in enzymec's tables (Bessel j0, d/dx j0 = -j1) whose
 * augmented forward returns just the result; a pointer function whose augmented forward
 * returns a tape the reverse reads and frees; and ENZYMEC_GRADIENT on a function that has
 * a body, which the registration replaces (its body is never differentiated). */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

double j0_aug(double x) { return j0(x); }
double j0_rev(double x, double seed) { return -j1(x) * seed; }
void *__enzyme_register_gradient_j0[3] = {(void *)j0, (void *)j0_aug, (void *)j0_rev};

/* y[i] = a * x[i]^2; the tape keeps the squares, the reverse returns d a */
void scale_sq(const double *x, double *y, int n, double a) {
    for (int i = 0; i < n; i++) y[i] = a * x[i] * x[i];
}
void *scale_sq_aug(const double *x, const double *dx, double *y, double *dy, int n, double a) {
    double *squares = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) {
        squares[i] = x[i] * x[i];
        y[i] = a * squares[i];
    }
    return squares;
}
double scale_sq_rev(const double *x, double *dx, double *y, double *dy, int n, double a,
                    void *tape) {
    double *squares = tape, da = 0.0;
    for (int i = 0; i < n; i++) {
        dx[i] += 2.0 * a * x[i] * dy[i];
        da += squares[i] * dy[i];
        dy[i] = 0.0;
    }
    free(squares);
    return da;
}
ENZYMEC_GRADIENT(scale_sq, scale_sq_aug, scale_sq_rev);

/* the body hides the value in inline asm; the registered pair is what gets used */
double opaque_cube(double v) {
    __asm__ volatile("" : "+x"(v));
    return v * v * v;
}
typedef struct { void *tape; double value; } tape_and_value;
tape_and_value cube_aug(double v) {
    tape_and_value r = {0, v * v * v};
    return r;
}
double cube_rev(double v, double seed, void *tape) { (void)tape; return 3.0 * v * v * seed; }
ENZYMEC_GRADIENT(opaque_cube, cube_aug, cube_rev);

double model(const double *x, double *y) {
    scale_sq(x, y, 3, x[3]);
    double s = 0.0;
    for (int i = 0; i < 3; i++) s += j0(y[i]) + opaque_cube(y[i] - x[i]);
    return s;
}

double f(const double *x) {
    double y[3];
    return model(x, y);
}
void grad(const double *x, double *g) {
    double y[3], dy[3] = {0, 0, 0};
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)model, enzyme_dup, x, g, enzyme_dup, y, dy);
}
void analytic(const double *x, double *g) {
    g[3] = 0.0;
    for (int i = 0; i < 3; i++) {
        double y = x[3] * x[i] * x[i], c = y - x[i];
        double dfdy = -j1(y) + 3.0 * c * c;
        g[i] = dfdy * 2.0 * x[3] * x[i] - 3.0 * c * c;
        g[3] += dfdy * x[i] * x[i];
    }
}
