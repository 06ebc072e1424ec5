/* expect-error: enzyme_tape */
/* enzyme_tape belongs to split mode (__enzyme_reverse), which is not supported yet. */
#include <enzyme.h>

extern int enzyme_tape;

double sq(double x) { return x * x; }

double df(double x, void *tape) {
    return __enzyme_autodiff((void *)sq, x, enzyme_tape, tape); /* ERROR */
}
