/* expect-error: sincos */
/* sincos writes an active sine into memory passed as enzyme_const: it has no shadow to carry
 * the derivative, so it would be lost. */
#define _GNU_SOURCE
#include <math.h>

extern int enzyme_const, enzyme_out;
double __enzyme_autodiff(void *, ...);

double wave(double x, double *s) {
    double c;
    sincos(x, s, &c); /* ERROR */
    return *s * c;
}

double dwave(double x, double *s) {
    return __enzyme_autodiff((void *)wave, enzyme_out, x, enzyme_const, s);
}
