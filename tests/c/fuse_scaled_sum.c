/* gradcheck: n=4 lo=-1.5 hi=1.5 */
/* Loops reversed per iteration (enzymec/ad/fuse/fuse_plan.py) whose sums reach the result
 * through a quotient by the count converted to double, products by a parameter `w`, a
 * subtraction and an addition: `s` starts at an active value (its adjoint still flows back
 * through the loop's entry), `u` is a `-=` sum. Each body holds a loop of its own (the
 * cost rule), and uses x[0], x[1] loaded before the loop (adjoints of float inputs).
 * tests/ad/test_fuse.py checks the remarks. */
#include <math.h>
#include <enzyme.h>

int count = 6;

double scaled(const double *x, double w) {
    int n = count;
    double s = x[2] * x[3];
    for (int i = 0; i < n; i++) {
        double p = 1.0;
        for (int j = 0; j <= i; j++)
            p *= 1.0 + 0.1 * sin(x[0] * (j + 1));
        s += p * x[1];
    }
    double r = 2.0 - w * (s / (double)n);
    double u = 0.0;
    for (int i = 0; i < n; i++) {
        double q = 0.0;
        for (int j = 0; j < 3; j++)
            q += cos(x[1] + 0.5 * i + 0.25 * j);
        u -= q * x[0];
    }
    return (r + u) * w;
}

double f(const double *x) { return scaled(x, x[3]); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++)
        g[i] = 0.0;
    double dw = __enzyme_autodiff((void *)scaled, enzyme_dup, x, g, x[3]);
    g[3] += dw;
}
