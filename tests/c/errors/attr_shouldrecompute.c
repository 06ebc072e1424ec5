/* expect-error: enzyme_shouldrecompute */
/* Enzyme's shouldrecompute hint is not implemented by enzymec: refused, not ignored. */
#include <enzyme.h>

__attribute__((enzyme_shouldrecompute)) double helper(double v) { return v * v; } /* ERROR */

double f(double x) { return x * helper(x); }
double df(double x) { return __enzyme_autodiff((void *)f, x); }
