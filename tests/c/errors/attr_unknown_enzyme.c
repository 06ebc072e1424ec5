/* expect-error: unknown Enzyme attribute */
/* A misspelt Enzyme attribute: clang alone would ignore it with a warning and the helper
 * would be differentiated, a silently wrong gradient. */
#include <enzyme.h>

__attribute__((enzyme_inactiv)) double helper(double v) { return v * v; } /* ERROR */

double f(double x) { return x * helper(x); }
double df(double x) { return __enzyme_autodiff((void *)f, x); }
