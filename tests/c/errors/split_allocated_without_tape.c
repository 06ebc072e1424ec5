/* expect-error: needs 'enzyme_tape' */
/* enzyme_allocated says how large the caller's tape memory is, but no memory is given. */
#include <math.h>

extern int enzyme_allocated;
void *__enzyme_augmentfwd(void *, ...);

void f(double *x) { x[0] = sin(x[0]); }

void *aug(double *x, double *dx) {
    return __enzyme_augmentfwd((void *)f, x, dx, enzyme_allocated, 64); /* ERROR */
}
