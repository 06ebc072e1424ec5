/* expect-error: must return the adjoints */
/* A custom gradient whose reverse returns the wrong thing (here nothing, while the function
 * has a floating-point argument) is refused at the call, not used with garbage. */
#include <enzyme.h>

extern double bump(double);
double bump_aug(double x) { return bump(x); }
void bump_rev(double x, double seed) { (void)x; (void)seed; }
ENZYMEC_GRADIENT(bump, bump_aug, bump_rev);

double g(double x) { return bump(x * x); } /* ERROR */

double dg(double x) { return __builtin_autodiff(g, x); }
