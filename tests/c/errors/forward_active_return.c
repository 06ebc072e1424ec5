/* expect-error: enzyme_active_return */
/* enzyme_active_return is reverse mode's seeded result; forward mode refuses it. */
#include <enzyme.h>

extern int enzyme_active_return;

double sq(double x) { return x * x; }

double dsq(double x) {
    return __enzyme_fwddiff((void *)sq, enzyme_active_return, x, 1.0); /* ERROR */
}
