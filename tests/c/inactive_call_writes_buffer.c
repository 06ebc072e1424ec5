/* gradcheck: n=1 lo=-2 hi=2 */
/* An inactive library call may still write memory: snprintf carries no derivative, but it
 * rewrites `buf` every iteration, and g's reverse sweep needs each iteration's digit. Were
 * snprintf counted as writing nothing (aliasing.py's write summaries), `buf` would be memory
 * nobody writes and the reverse sweep would reload its last digit (3) for every iteration:
 * 18 x0 instead of 12 x0. */
#include <enzyme.h>
#include <stdio.h>

__attribute__((noinline)) double g(double *y, char *buf) {
    double s = 0.0;
    for (int i = 1; i <= 3; i++) {
        snprintf(buf, 8, "%d", i);
        s += (buf[0] - '0') * y[0] * y[0];
    }
    return s;
}

double f(const double *x) {
    double y[1] = {x[0]};
    char buf[8];
    return g(y, buf);
}
void grad(const double *x, double *out) {
    double y[1] = {x[0]}, dy[1] = {0.0};
    char buf[8];
    __enzyme_autodiff((void *)g, enzyme_dup, y, dy, enzyme_const, buf);
    out[0] = dy[0];
}
void analytic(const double *x, double *out) {
    out[0] = 12.0 * x[0];
}
