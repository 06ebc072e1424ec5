/* gradcheck: n=3 lo=-1.5 hi=1.5 */
/* Second derivatives through loops: the inner gradient caches the loop's running product
 * in a tape (grown with realloc), and the outer derivative must differentiate through
 * that tape's values too. Treating enzymec's tape as inactive would lose the path
 * through the cached products: exactly half of d^2(x^3)/dx^2 for `power`. The second
 * loop runs a data-dependent number of times (a loop the tape must grow in), the third
 * mixes a branch into the loop body. */
#include <enzyme.h>
#include <math.h>

static double power(double x) {
    double p = 1;
    for (int i = 0; i < 3; i++) p *= x;
    return p;
}
static double growing(double x) {
    double s = 0, p = 1;
    int n = 4 + (x > 0);  /* four or five terms */
    for (int i = 0; i < n; i++) {
        p *= x;
        s += p * sin(p);
    }
    return s;
}
static double branchy(double x) {
    double s = 0, p = 1;
    for (int i = 0; i < 4; i++) {
        p = p * x + 0.5;
        s += p > 0.25 ? p * p : 2 * p;
    }
    return s;
}
static double d_power(double x) { return __enzyme_autodiff((void *)power, x); }
static double d_growing(double x) { return __enzyme_autodiff((void *)growing, x); }
static double d_branchy(double x) { return __enzyme_autodiff((void *)branchy, x); }
static double h(double x0, double x1, double x2) {
    return d_power(x0) + d_growing(x1) + d_branchy(x2);
}

typedef struct { double d0, d1, d2; } triple;
triple __enzyme_autodiff_triple(void *, ...);

/* f is h written with the first derivatives in closed form, so the central differences
 * of f check h's gradient independently of enzymec */
static double d_growing_closed(double x) {
    double s = 0, p = 1, dp = 0;
    int n = 4 + (x > 0);
    for (int i = 0; i < n; i++) {
        dp = dp * x + p;
        p *= x;
        s += dp * (sin(p) + p * cos(p));
    }
    return s;
}
static double d_branchy_closed(double x) {
    double s = 0, p = 1, dp = 0;
    for (int i = 0; i < 4; i++) {
        dp = dp * x + p;
        p = p * x + 0.5;
        s += p > 0.25 ? 2 * p * dp : 2 * dp;
    }
    return s;
}
double f(const double *x) {
    return 3 * x[0] * x[0] + d_growing_closed(x[1]) + d_branchy_closed(x[2]);
}
void grad(const double *x, double *g) {
    triple d = __enzyme_autodiff_triple((void *)h, x[0], x[1], x[2]);
    g[0] = d.d0;
    g[1] = d.d1;
    g[2] = d.d2;
}
