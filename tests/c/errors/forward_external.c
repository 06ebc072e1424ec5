/* expect-error: external function 'mystery' */
/* A call without body and without derivative rule carries the tangent: a located error. */
#include <enzyme.h>

double mystery(double x);

static double g(double x) {
    return mystery(x) * x; /* ERROR */
}

double dg(double x) { return __enzyme_fwddiff((void *)g, x, 1.0); }
