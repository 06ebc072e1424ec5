/* expect-error: returns double but with enzyme_primal_return it returns double, double */
/* enzyme_primal_return makes the gradient return {f(x), dx}; a call declared to return one
 * double cannot hold it (it would silently drop the adjoint). */
#include <enzyme.h>

extern int enzyme_primal_return;

double sq(double x) { return x * x; }

double df(double x) {
    return __enzyme_autodiff((void *)sq, enzyme_primal_return, x); /* ERROR */
}
