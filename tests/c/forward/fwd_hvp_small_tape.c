/* gradcheck: n=4 lo=-1.2 hi=1.2 tangent */
/* Forward over reverse through a small constant tape: the inner loop runs a compile-time
 * number of times, so the inner gradient's tape of the overwritten product is a small
 * malloc'd tape (tape_arena.py), which keeps the plain realloc form under forward mode
 * (nested_runtime.py) while the kept tapes are mirrored (nested_tape.py). `f` is the
 * projection of the gradient of prod_i (1 + x_i sin x_{i+1}) written by hand. */
#include <enzyme.h>
#include <math.h>

static const double W[4] = {1, -0.5, 2, 0.75};

static double chain(const double *x) {
    double p = 1;
    for (int i = 0; i < 4; i++) p = p * (1 + x[i] * sin(x[(i + 1) % 4]));
    return p;
}

static double projected_gradient(const double *x) {
    double g[4] = {0};
    __enzyme_autodiff((void *)chain, enzyme_dup, x, g);
    return W[0] * g[0] + W[1] * g[1] + W[2] * g[2] + W[3] * g[3];
}

double f(const double *x) {  /* d/dx_k of prod_i a_i, a_i = 1 + x_i sin x_{i+1}, by hand */
    double a[4], g[4] = {0}, p = 1;
    for (int i = 0; i < 4; i++) {
        a[i] = 1 + x[i] * sin(x[(i + 1) % 4]);
        p *= a[i];
    }
    for (int i = 0; i < 4; i++) {
        double rest = 1;
        for (int j = 0; j < 4; j++) rest *= j == i ? 1 : a[j];
        g[i] += rest * sin(x[(i + 1) % 4]);
        g[(i + 1) % 4] += rest * x[i] * cos(x[(i + 1) % 4]);
    }
    return W[0] * g[0] + W[1] * g[1] + W[2] * g[2] + W[3] * g[3] + 0 * p;
}

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)projected_gradient, enzyme_dup, x, v);
}
