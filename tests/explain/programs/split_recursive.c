/* explain: -O2 */
/* A recursive callee cannot be inlined: its calls are split into an augmented forward and
 * a reverse; a non-recursive helper is inlined. */
#include <enzyme.h>

__attribute__((noinline)) static double square(double v) { return v * v; }

static double power(double x, int n) {
    if (n == 0)
        return 1.0;
    return x * power(x, n - 1);
}
static double f(double x) { return square(power(x, 3)); }
double df(double x) { return __builtin_autodiff(f, x); }
