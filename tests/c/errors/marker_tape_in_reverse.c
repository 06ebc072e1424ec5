/* expect-error: enzyme_tape */
/* enzyme_tape belongs to split mode (__enzyme_augmentfwd and __enzyme_reverse): __enzyme_autodiff
 * runs both halves at once and has no tape. */
#include <enzyme.h>

extern int enzyme_tape;

double sq(double x) { return x * x; }

double df(double x, void *tape) {
    return __enzyme_autodiff((void *)sq, x, enzyme_tape, tape); /* ERROR */
}
