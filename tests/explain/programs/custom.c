/* explain: -O2 */
/* A registered derivative replaces a function enzymec cannot look into. */
#include <enzyme.h>
#include <math.h>

__attribute__((noinline)) double opaque_sin(double v) {
    __asm__ volatile("" : "+x"(v));
    return sin(v);
}
double d_opaque_sin(double v) { return cos(v); }
ENZYMEC_DERIVATIVE(opaque_sin, d_opaque_sin);

static double f(double x) { return opaque_sin(x * x); }
double df(double x) { return __builtin_autodiff(f, x); }
