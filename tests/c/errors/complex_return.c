/* expect-error: returns { double, double } */
/* Reverse mode seeds a scalar result: a double _Complex result ({double, double}) has no seed. */
#include <complex.h>

double _Complex __enzyme_autodiff(void *, ...);

double _Complex square(double _Complex z) { return z * z; }

double _Complex dsquare(double _Complex z) {
    return __enzyme_autodiff((void *)square, z); /* ERROR */
}
