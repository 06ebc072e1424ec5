/* gradcheck: n=2 lo=0.3 hi=2.5 */
/* pow with both base and exponent active (double). */
#include <enzyme.h>
#include <math.h>

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double pw(double x, double y) { return pow(x, y) + pow(y, 3.0) + pow(2.0, x); }

double f(const double *x) { return pw(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)pw, x[0], x[1]);
    g[0] = d.a;
    g[1] = d.b;
}
void analytic(const double *x, double *g) {
    double a = x[0], b = x[1];
    g[0] = b * pow(a, b - 1.0) + log(2.0) * pow(2.0, a);
    g[1] = pow(a, b) * log(a) + 3.0 * b * b;
}
