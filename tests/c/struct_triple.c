/* gradcheck: n=3 lo=-2 hi=2 */
/* Three active scalars: a 24-byte struct, returned through an sret pointer on x86-64. */
#include <enzyme.h>
#include <math.h>

typedef struct { double a, b, c; } triple;
triple __enzyme_autodiff_triple(void *, ...);

double trio(double x, double y, double z) { return x * y * z + sin(x) * z * z - y / (1.0 + z * z); }

double f(const double *x) { return trio(x[0], x[1], x[2]); }
void grad(const double *x, double *g) {
    triple d = __enzyme_autodiff_triple((void *)trio, x[0], x[1], x[2]);
    g[0] = d.a;
    g[1] = d.b;
    g[2] = d.c;
}
void analytic(const double *x, double *g) {
    double a = x[0], b = x[1], c = x[2], q = 1.0 + c * c;
    g[0] = b * c + cos(a) * c * c;
    g[1] = a * c - 1.0 / q;
    g[2] = a * b + 2.0 * sin(a) * c + b * 2.0 * c / (q * q);
}
