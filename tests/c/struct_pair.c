/* gradcheck: n=2 lo=-2 hi=2 */
/* Two active scalars: the adjoints come back as a struct of two doubles. */
#include <enzyme.h>
#include <math.h>

typedef struct { double dx, dy; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double rosen(double x, double y) {
    return (1.0 - x) * (1.0 - x) + 100.0 * (y - x * x) * (y - x * x);
}

double f(const double *x) { return rosen(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)rosen, enzyme_out, x[0], enzyme_out, x[1]);
    g[0] = d.dx;
    g[1] = d.dy;
}
void analytic(const double *x, double *g) {
    g[0] = -2.0 * (1.0 - x[0]) - 400.0 * x[0] * (x[1] - x[0] * x[0]);
    g[1] = 200.0 * (x[1] - x[0] * x[0]);
}
