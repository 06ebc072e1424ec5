/* expect-error: enzyme_primal_return */
/* Returning the primal result together with the adjoints is not supported yet. */
#include <enzyme.h>

extern int enzyme_primal_return;

double sq(double x) { return x * x; }

double df(double x) {
    return __enzyme_autodiff((void *)sq, enzyme_primal_return, x); /* ERROR */
}
