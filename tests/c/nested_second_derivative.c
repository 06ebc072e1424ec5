/* gradcheck: n=2 lo=-2 hi=2 */
/* Nested autodiff calls (Enzyme differentiates inner calls first): the gradient of a
 * function that itself returns a gradient gives a second derivative, and an inner
 * derivative taken with the outer variable held enzyme_const must not mix with the outer
 * one (perturbation confusion): d/dx1 of x1 * (d/dy of x1*y) is 2*x1, not 3*x1 or x1. */
#include <enzyme.h>
#include <math.h>

static double cube_sin(double x) { return x * x * x * sin(x); }
static double d_cube_sin(double x) { return __enzyme_autodiff((void *)cube_sin, x); }

static double product(double x, double y) { return x * y; }
static double d_product_dy(double x) {
    return __enzyme_autodiff((void *)product, enzyme_const, x, 3.0);
}

static double h(double x0, double x1) { return d_cube_sin(x0) + x1 * d_product_dy(x1); }

typedef struct { double d0, d1; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double f(const double *x) { return h(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)h, x[0], x[1]);
    g[0] = d.d0;
    g[1] = d.d1;
}
void analytic(const double *x, double *g) {
    double t = x[0];
    g[0] = 6 * t * sin(t) + 6 * t * t * cos(t) - t * t * t * sin(t);
    g[1] = 2 * x[1];
}
