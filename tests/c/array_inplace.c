/* gradcheck: n=5 lo=-2 hi=2 */
/* In-place update x[i] = x[i]*x[i] of a dup array, then a sum read back. */
#include <enzyme.h>

double square_inplace(double *x, int n) {
    for (int i = 0; i < n; i++)
        x[i] = x[i] * x[i];
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += x[i] * (i - 1.5);
    return s;
}

double f(const double *x) {
    double buf[5];
    for (int i = 0; i < 5; i++) buf[i] = x[i];
    return square_inplace(buf, 5);
}
void grad(const double *x, double *g) {
    double buf[5];
    for (int i = 0; i < 5; i++) { buf[i] = x[i]; g[i] = 0.0; }
    __enzyme_autodiff((void *)square_inplace, enzyme_dup, buf, g, enzyme_const, 5);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 5; i++) g[i] = 2.0 * x[i] * (i - 1.5);
}
