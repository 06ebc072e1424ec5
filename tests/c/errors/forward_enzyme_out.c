/* expect-error: enzyme_out */
/* enzyme_out (an adjoint returned by value) has no meaning in forward mode: a tangent comes
 * in beside its argument. Refused, never taken for an ordinary argument. */
#include <enzyme.h>

double sq(double x) { return x * x; }

double dsq(double x) {
    return __enzyme_fwddiff((void *)sq, enzyme_out, x); /* ERROR */
}
