/* gradcheck: n=6 lo=-2 hi=2 */
/* A buffer of active values grown with realloc (doubling capacity) while samples are
 * appended, then reduced. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

double grow_sum(const double *x, int n) {
    int cap = 1, len = 0;
    double *buf = malloc(cap * sizeof(double));
    for (int i = 0; i < n; i++) {
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap * sizeof(double));
        }
        buf[len++] = exp(0.5 * x[i]);
    }
    double s = 0.0;
    for (int i = 0; i < len; i++) s += buf[i] * (i + 1);
    free(buf);
    return s * s;
}

double f(const double *x) { return grow_sum(x, 6); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)grow_sum, enzyme_dup, x, g, enzyme_const, 6);
}
void analytic(const double *x, double *g) {
    double s = 0.0;
    for (int i = 0; i < 6; i++) s += exp(0.5 * x[i]) * (i + 1);
    for (int i = 0; i < 6; i++) g[i] = 2 * s * 0.5 * exp(0.5 * x[i]) * (i + 1);
}
