/* expect-error: enzyme_width */
/* Vector forward mode (several tangents in one call) is not implemented: enzyme_width is
 * refused, never taken for an argument. */
#include <enzyme.h>

extern int enzyme_width;

double sq(double x) { return x * x; }

void dsq(double x, double *dx, double *out) {
    __enzyme_fwddiff((void *)sq, enzyme_width, 2, x, dx); /* ERROR */
}
