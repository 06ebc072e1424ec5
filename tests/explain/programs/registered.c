/* explain: -O2 */
/* The user's registrations: a function declared to be like log1p, and a custom gradient
 * (augmented forward and reverse) for a function enzymec cannot look into. */
#include <enzyme.h>
#include <math.h>

__attribute__((noinline)) double my_log1p(double v) { return log(1.0 + v); }
void *__enzyme_function_like[2] = {(void *)my_log1p, (void *)"log1p"};

__attribute__((noinline)) double opaque_sq(double v) {
    __asm__ volatile("" : "+x"(v));
    return v * v;
}
double aug_sq(double v) { return v * v; }
double rev_sq(double v, double seed) { return 2.0 * v * seed; }
ENZYMEC_GRADIENT(opaque_sq, aug_sq, rev_sq);

static double f(double x) { return my_log1p(opaque_sq(x)); }
double df(double x) { return __builtin_autodiff(f, x); }
