/* gradcheck: n=2 lo=-2 hi=2 */
/* Both arms computed, one chosen (as LLVM makes of a branch whose arms have no side
 * effects): the arm not chosen may be a square root or logarithm of a negative number, a
 * an overflowing exp, whose local derivative is NaN or infinite. Its
 * adjoint is zero, and the gradient must stay finite: no 0 * NaN reaching x. */
#include <enzyme.h>
#include <math.h>

double signed_roots(double x, double y) {
    double neg = -sqrt(-x), pos = sqrt(x);          /* one of them is NaN */
    double r = x < 0 ? neg : pos;
    double l1 = log(y), l2 = log(-y);               /* one of them is NaN */
    double big = exp(800.0 * y * y);                /* overflows when |y| > ~0.93 */
    double s = y > 0 ? l1 : l2;
    double t = fabs(y) < 0.9 ? big : y;
    return r * 2.0 + s + t;
}

typedef struct { double dx, dy; } grads2;
extern grads2 __enzyme_autodiff2(void *, ...);

double f(const double *x) { return signed_roots(x[0], x[1]); }
void grad(const double *x, double *g) {
    grads2 d = __enzyme_autodiff2((void *)signed_roots, enzyme_out, x[0], enzyme_out, x[1]);
    g[0] = d.dx;
    g[1] = d.dy;
}
void analytic(const double *x, double *g) {
    double a = x[0], y = x[1];
    g[0] = 2.0 * (a < 0 ? 0.5 / sqrt(-a) : 0.5 / sqrt(a));
    g[1] = (y > 0 ? 1.0 / y : 1.0 / y) + (fabs(y) < 0.9 ? 1600.0 * y * exp(800.0 * y * y) : 1.0);
}
