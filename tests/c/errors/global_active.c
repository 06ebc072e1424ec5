/* expect-error: global */
/* A global written with active data (not supported yet). */
#include <enzyme.h>

double saved;

double keep(double x) {
    saved = x * x; /* ERROR */
    return saved * x;
}

double df(double x) { return __builtin_autodiff(keep, x); }
