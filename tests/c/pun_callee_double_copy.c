/* gradcheck: n=2 lo=-2 hi=2 */
/* A struct holding an active double, copied in a callee that is not inlined: at -O0 the copy
 * is an i64 load and store, typed only by what the caller stored there (the call-site type
 * facts of call_site_types.py); untyped, the derivative was silently lost (a zero
 * gradient; tests/ad/test_call_site_types.py builds it split at -O0). */
#include <enzyme.h>

struct val { double v; };

__attribute__((noinline)) static void copy_val(struct val *to, const struct val *from) {
    *to = *from;
}

static double product_squared(const double *x) {
    struct val a = {x[0] * x[1]}, b;
    copy_val(&b, &a);
    return b.v * b.v;
}

double f(const double *x) { return product_squared(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = 0.0;
    __enzyme_autodiff((void *)product_squared, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    g[0] = 2.0 * x[0] * x[1] * x[1];
    g[1] = 2.0 * x[0] * x[0] * x[1];
}
