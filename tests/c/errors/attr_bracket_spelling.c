/* expect-error: [[...]] spelling */
/* The [[enzyme_inactive]] spelling cannot be given its meaning through clang's annotate
 * attribute (clang knows it only as [[clang::annotate]]): refused, not ignored. */
#include <enzyme.h>

[[enzyme_inactive]] double helper(double v) { return v * v; } /* ERROR */

double f(double x) { return x * helper(x); }
double df(double x) { return __enzyme_autodiff((void *)f, x); }
