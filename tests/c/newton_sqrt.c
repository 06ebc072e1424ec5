/* gradcheck: n=1 lo=0.5 hi=20 */
/* Newton's iteration for sqrt(a), stopped by a data-dependent convergence test. */
#include <enzyme.h>
#include <math.h>

double newton(double a) {
    double y = a;
    double prev;
    do {
        prev = y;
        y = 0.5 * (y + a / y);
    } while (fabs(y - prev) > 1e-13 * y);
    return y;
}

double f(const double *x) { return newton(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(newton, x[0]); }
void analytic(const double *x, double *g) { g[0] = 0.5 / sqrt(x[0]); }
