/* gradcheck: n=1 lo=0.1 hi=5 */
/* Integer arithmetic mixed with doubles: casts both ways; the int parts carry no derivative. */
#include <enzyme.h>

double mixed(double x) {
    int k = (int)(x * 3.0);          /* fptosi: inactive */
    long m = (long)k * 7 % 5 + 1;    /* pure integer arithmetic */
    double a = (double)m * x;        /* sitofp times active */
    unsigned u = (unsigned)k;
    return a * x + (double)u / (1.0 + x);
}

double f(const double *x) { return mixed(x[0]); }
void grad(const double *x, double *g) { g[0] = __builtin_autodiff(mixed, x[0]); }
void analytic(const double *x, double *g) {
    int k = (int)(x[0] * 3.0);
    long m = (long)k * 7 % 5 + 1;
    double q = 1.0 + x[0];
    g[0] = 2.0 * (double)m * x[0] - (double)(unsigned)k / (q * q);
}
