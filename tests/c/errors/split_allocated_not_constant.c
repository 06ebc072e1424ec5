/* expect-error: size known at compile time */
/* enzyme_allocated needs a compile-time size: the tape's layout is fixed when it is built. */
#include <math.h>

extern int enzyme_allocated, enzyme_tape;
void __enzyme_reverse(void *, ...);

void f(double *x) { x[0] = sin(x[0]); }

void rev(double *x, double *dx, void *tape, int bytes) {
    __enzyme_reverse((void *)f, x, dx, enzyme_allocated, bytes, enzyme_tape, tape); /* ERROR */
}
