/* expect-error: 'enzyme_primal_return' asks for the result of 'scale', which returns void */
/* Reverse mode: a void function has no primal result to return. */
#include <enzyme.h>

extern int enzyme_primal_return, enzyme_dup;

static void scale(double *v) { v[0] *= v[0]; }

void dscale(double *v, double *dv) {
    __enzyme_autodiff((void *)scale, enzyme_primal_return, enzyme_dup, v, dv); /* ERROR */
}
