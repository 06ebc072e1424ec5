/* gradcheck: n=1 lo=-2 hi=2 */
/* The talk's reluf: relu applied to a differentiable inner function, written with if. */
#include <enzyme.h>
#include <math.h>

static double inner(double x) { return x * x * x - x + 0.1; }

double reluf(double x) {
    double v = inner(x);
    if (v > 0.0)
        return v;
    return 0.0;
}

double f(const double *x) { return reluf(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(reluf, x[0]); }
void analytic(const double *x, double *g) {
    g[0] = inner(x[0]) > 0.0 ? 3.0 * x[0] * x[0] - 1.0 : 0.0;
}
