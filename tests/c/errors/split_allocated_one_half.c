/* expect-error: 'enzyme_allocated' in only one of the two halves */
/* The augmented forward puts the tape itself into the caller's memory; a reverse without
 * enzyme_allocated would read that memory as a pointer to the tape. */
#include <math.h>

extern int enzyme_allocated, enzyme_tape;
void __enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);

void f(double *x) { x[0] = sin(x[0]) * x[1]; }

void both(double *x, double *dx) {
    char tape[64];
    __enzyme_augmentfwd((void *)f, x, dx, enzyme_allocated, 64, enzyme_tape, tape);
    __enzyme_reverse((void *)f, x, dx, enzyme_tape, tape); /* ERROR */
}
