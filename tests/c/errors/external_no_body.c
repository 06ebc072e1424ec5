/* expect-error: mystery */
/* An active value flows into an external function that has no body and no derivative rule. */
#include <enzyme.h>

extern double mystery(double);

double f(double x) {
    return mystery(x * x) * 2.0; /* ERROR */
}

double df(double x) { return __builtin_autodiff(f, x); }
