/* expect-error: enzyme_active_return */
/* enzyme_active_return is accepted for a floating-point result (the default); an integer
 * result cannot be active. */
#include <enzyme.h>

extern int enzyme_active_return;

int count(const double *x) { return x[0] > 0.0; }

void df(const double *x, double *dx) {
    __enzyme_autodiff((void *)count, enzyme_active_return, x, dx); /* ERROR */
}
