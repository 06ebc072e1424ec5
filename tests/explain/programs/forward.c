/* explain: -O2 */
/* Forward mode: the active argument carries a tangent. */
#include <enzyme.h>
#include <math.h>

double __enzyme_fwddiff(void *, ...);
static double f(double x, double y) { return exp(x) * y; }
double df(double x, double dx, double y) {
    return __enzyme_fwddiff((void *)f, x, dx, enzyme_const, y);
}
