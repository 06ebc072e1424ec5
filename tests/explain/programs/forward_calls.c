/* explain: -O2 */
/* Forward mode through calls: a recursive callee stays a call of its own tangent function,
 * a registered forward derivative replaces its callee. */
#include <enzyme.h>
#include <math.h>

double __enzyme_fwddiff(void *, ...);
typedef struct { double primal, tangent; } dual;

__attribute__((noinline)) static double power(double x, int n) {
    return n == 0 ? 1.0 : x * power(x, n - 1);
}
__attribute__((noinline)) static double soft(double x) { return log1p(exp(x)); }
static dual soft_fwd(double x, double dx) {
    double e = exp(x);
    return (dual){log1p(e), dx * e / (1.0 + e)};
}
void *__enzyme_register_derivative_soft[] = {(void *)soft, (void *)soft_fwd};

static double f(double x) { return power(x, 3) + soft(x); }
double df(double x, double dx) { return __enzyme_fwddiff((void *)f, x, dx); }
