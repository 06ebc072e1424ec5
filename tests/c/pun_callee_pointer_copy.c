/* gradcheck: n=2 lo=-2 hi=2 */
/* A struct holding a pointer to active memory, copied in a callee that is not inlined: at
 * -O0 the copy is an i64 load and store, typed only by what the caller put there (the
 * call-site type facts of call_site_types.py); untyped, the pointer's shadow stayed
 * behind (tests/ad/test_call_site_types.py builds it split at -O0). */
#include <enzyme.h>

struct ref { const double *p; };

__attribute__((noinline)) static void copy_ref(struct ref *to, const struct ref *from) {
    *to = *from;
}

static double scaled_square(const double *x) {
    struct ref a = {x + 1}, b;
    copy_ref(&b, &a);
    return b.p[0] * b.p[0] * x[0];
}

double f(const double *x) { return scaled_square(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = 0.0;
    __enzyme_autodiff((void *)scaled_square, enzyme_dup, x, g);
}
void analytic(const double *x, double *g) {
    g[0] = x[1] * x[1];
    g[1] = 2.0 * x[1] * x[0];
}
