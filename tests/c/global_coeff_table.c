/* gradcheck: n=4 lo=-1 hi=1 */
/* Read-only coefficient tables that stay inactive: a static const Chebyshev series evaluated
 * by the Clenshaw recurrence and a mutable global gain table that is only read. */
#include <enzyme.h>

#define NC 6
static const double CHEB[NC] = {0.5, -1.25, 0.75, 0.3, -0.2, 0.05};
double gains[3] = {1.0, -0.5, 2.0};

static double clenshaw(double t) {
    double b1 = 0.0, b2 = 0.0;
    for (int k = NC - 1; k >= 1; k--) {
        double b0 = CHEB[k] + 2 * t * b1 - b2;
        b2 = b1;
        b1 = b0;
    }
    return CHEB[0] + t * b1 - b2;
}

double series_sum(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += gains[i % 3] * clenshaw(x[i]);
    return s;
}

double f(const double *x) { return series_sum(x, 4); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)series_sum, enzyme_dup, x, g, enzyme_const, 4);
}
void analytic(const double *x, double *g) {
    /* d/dt T_k(t) = k U_{k-1}(t), U_0 = 1, U_1 = 2t, U_k = 2t U_{k-1} - U_{k-2} */
    for (int i = 0; i < 4; i++) {
        double t = x[i], u_prev = 0.0, u = 1.0, d = 0.0;
        for (int k = 1; k < NC; k++) {
            d += CHEB[k] * k * u;
            double u_next = 2 * t * u - u_prev;
            u_prev = u;
            u = u_next;
        }
        g[i] = gains[i % 3] * d;
    }
}
