/* expect-error: the primal pointer itself */
/* Passing a pointer as its own shadow (Enzyme's runtime-activity way to say "constant")
 * would add the adjoints into the primal memory: with or without enzyme_runtime_activity,
 * enzymec refuses it when it can see it, and checks at run time when it cannot. */
#include <enzyme.h>

extern int enzyme_runtime_activity;

double dot(const double *a, const double *b) { return a[0] * b[0] + a[1] * b[1]; }

void df(double *a, double *da, double *b) {
    __enzyme_autodiff((void *)dot, enzyme_runtime_activity, enzyme_dup, a, da, /* ERROR */
                      enzyme_dup, b, b);
}
