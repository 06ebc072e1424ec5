/* gradcheck: n=3 lo=-2 hi=2 */
/* fma (double), three active arguments (a 24-byte struct: sret). */
#include <enzyme.h>
#include <math.h>

typedef struct { double a, b, c; } triple;
triple __enzyme_autodiff_triple(void *, ...);

double fm(double x, double y, double z) { return fma(x, y, z) * z + fma(x, x, -y); }

double f(const double *x) { return fm(x[0], x[1], x[2]); }
void grad(const double *x, double *g) {
    triple d = __enzyme_autodiff_triple((void *)fm, x[0], x[1], x[2]);
    g[0] = d.a;
    g[1] = d.b;
    g[2] = d.c;
}
void analytic(const double *x, double *g) {
    double a = x[0], b = x[1], c = x[2];
    g[0] = b * c + 2.0 * a;
    g[1] = a * c - 1.0;
    g[2] = a * b + 2.0 * c;
}
