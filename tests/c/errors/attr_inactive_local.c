/* expect-error: local variable */
/* enzyme_inactive applies to functions and globals; on a local it would be dropped. */
#include <enzyme.h>

double f(double x) {
    __attribute__((enzyme_inactive)) double scale = x * x; /* ERROR */
    return scale * x;
}
double df(double x) { return __enzyme_autodiff((void *)f, x); }
