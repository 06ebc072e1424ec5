/* expect-error: enzyme_width */
/* Vector mode's enzyme_width (a width follows it) is not supported yet; taken for an
 * ordinary argument it would shift every later one. */
#include <enzyme.h>

extern int enzyme_width;

double sq(double x) { return x * x; }

double df(double x) {
    return __enzyme_autodiff((void *)sq, enzyme_width, 1, x); /* ERROR */
}
