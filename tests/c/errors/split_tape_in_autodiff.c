/* expect-error: 'enzyme_tape' is not supported */
/* A tape marker in __enzyme_autodiff, which runs both halves at once and has no tape. */
#include <enzyme.h>

extern int enzyme_tape;

void f(double *x) { x[0] *= x[0]; }

void df(double *x, double *dx, void *tape) {
    __enzyme_autodiff((void *)f, x, dx, enzyme_tape, tape); /* ERROR */
}
