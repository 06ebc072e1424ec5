/* expect-error: forward mode */
/* Enzyme's forward mode is declared in enzyme.h but not implemented yet: a clear error
 * rather than an undefined reference at link time. */
#include <enzyme.h>

double sq(double x) { return x * x; }

double dsq(double x) {
    return __enzyme_fwddiff((void *)sq, x, 1.0); /* ERROR */
}
