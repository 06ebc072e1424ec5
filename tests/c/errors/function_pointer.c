/* expect-error: function */
/* The first argument is a function pointer variable, not a function known at compile time. */
#include <enzyme.h>

double df(double (*fp)(double), double x) {
    return __enzyme_autodiff((void *)fp, x); /* ERROR */
}
