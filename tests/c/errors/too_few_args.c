/* expect-error: too few */
/* enzyme_dup needs the value and its shadow; the shadow is missing. */
#include <enzyme.h>

double sum(const double *x) { return x[0] + x[1]; }

double df(const double *x) {
    return __enzyme_autodiff((void *)sum, enzyme_dup, x); /* ERROR */
}
