/* gradcheck: n=2 lo=-2 hi=2 */
/* Two autodiff calls in the arms of one if/else that differ only in the function they
 * differentiate. LLVM's SimplifyCFG would sink them into one call of a `select` between the
 * two functions, no longer known at compile time; enzymec marks the entry points `nomerge`
 * before its pre-AD passes so each call keeps its own function. */
#include <enzyme.h>
#include <math.h>

static double cubic(const double *x) { return x[0] * x[0] * x[0] + sin(x[1]) * x[0]; }
static double wave(const double *x) { return cos(x[0]) * x[1] + x[1] * x[1]; }

double f(const double *x) { return x[0] > 0.1 ? cubic(x) : wave(x); }

void grad(const double *x, double *g) {
    g[0] = g[1] = 0.0;
    if (x[0] > 0.1)
        __enzyme_autodiff((void *)cubic, enzyme_dup, x, g);
    else
        __enzyme_autodiff((void *)wave, enzyme_dup, x, g);
}

void analytic(const double *x, double *g) {
    if (x[0] > 0.1) {
        g[0] = 3 * x[0] * x[0] + sin(x[1]);
        g[1] = cos(x[1]) * x[0];
    } else {
        g[0] = -sin(x[0]) * x[1];
        g[1] = cos(x[0]) + 2 * x[1];
    }
}
