/* expect-error: batched mode */
/* Enzyme's batch mode (__enzyme_batch) is not implemented yet: a clear error rather than an
 * undefined reference at link time. */
#include <enzyme.h>

double sq(double x) { return x * x; }
double __enzyme_batch(void *, ...);

double twice(double x) {
    return __enzyme_batch((void *)sq, x); /* ERROR */
}
