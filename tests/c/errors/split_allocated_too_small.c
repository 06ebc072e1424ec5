/* expect-error: but 'enzyme_allocated' gives 1 */
/* enzyme_allocated with fewer bytes than the tape needs (sin's argument is cached). */
#include <math.h>

extern int enzyme_allocated, enzyme_tape;
void __enzyme_augmentfwd(void *, ...);

void f(double *x) { x[0] = sin(x[0]); }

void aug(double *x, double *dx, void *tape) {
    __enzyme_augmentfwd((void *)f, x, dx, enzyme_allocated, 1, enzyme_tape, tape); /* ERROR */
}
