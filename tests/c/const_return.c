/* gradcheck: n=3 lo=-2 hi=2 */
/* Enzyme's enzyme_const_return: the function's result is constant, so the gradient seeds
 * only the memory outputs (through their shadows). Here `smooth` returns a penalty that the
 * loss does not use, and writes y; the loss is w . y. Without the marker the penalty's
 * derivative would be added too (a different number, which analytic() would catch). */
#include <enzyme.h>

extern int enzyme_const_return;

double smooth(const double *x, double *y) {
    double penalty = 0.0;
    for (int i = 0; i < 3; i++) {
        y[i] = x[i] * x[i] + (i ? x[i - 1] : 0.0);
        penalty += x[i] * x[i] * x[i];
    }
    return penalty;
}

static const double w[3] = {1.0, -2.0, 0.5};

double f(const double *x) {
    double y[3];
    smooth(x, y);
    return w[0] * y[0] + w[1] * y[1] + w[2] * y[2];
}

void grad(const double *x, double *g) {
    double y[3], dy[3] = {w[0], w[1], w[2]};
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)smooth, enzyme_const_return, enzyme_dup, x, g, enzyme_dup, y, dy);
}

void analytic(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 2.0 * x[i] * w[i] + (i < 2 ? w[i + 1] : 0.0);
}
