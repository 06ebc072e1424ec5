/* gradcheck: n=2 lo=0.3 hi=1.5 tangent */
/* Forward mode through a recursive function returning a heap block that holds an active
 * value, called with a value loaded from the caller's memory (`box(*x, ...)`). The call is
 * prepared early, for the shadow of the pointer it returns, before the loaded value's
 * tangent is made: its argument was taken as constant there, so the callee's tangent took
 * no tangent for it and every directional derivative came out 0 (enzymec/ad/forward/
 * forward_calls.py, argument_kinds). */
#include <stdlib.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup;

static double *box(double v, int depth) {
    if (depth > 0) {
        double *q = box(v, depth - 1);
        *q = *q * v + 1.0;
        return q;
    }
    double *p = malloc(sizeof *p);
    *p = v;
    return p;
}

static double g(const double *x) {
    double *r = box(x[0], 2);
    double *s = box(x[1] * x[0], 1);
    double out = *r * *s;
    free(r);
    free(s);
    return out;
}

double f(const double *x) { return g(x); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)g, enzyme_dup, x, v);
}
