/* explain: -O2 */
/* The user's inactive marks: a function marked with ENZYMEC_INACTIVE and a global marked
 * enzyme_inactive are not differentiated. */
#include <enzyme.h>

__attribute__((noinline)) double noise(double v) { return v * 1e-9; }
ENZYMEC_INACTIVE(noise);
__attribute__((enzyme_inactive)) double last_seen;

static double f(double x) {
    last_seen = x;
    return x * x + noise(x);
}
double df(double x) { return __builtin_autodiff(f, x); }
