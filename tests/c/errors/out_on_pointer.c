/* expect-error: enzyme_out */
/* enzyme_out marks an active scalar: on a pointer it is meaningless. */
#include <enzyme.h>

double first(const double *x) { return x[0] * x[0]; }

double df(const double *x) {
    return __enzyme_autodiff((void *)first, enzyme_out, x); /* ERROR */
}
