/* expect-error: this tape comes from the augmented forward of 'g' */
/* The reverse of f given the tape of g's augmented forward: their records differ. */
#include <math.h>

void *__enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);

void f(double *x) { x[0] = sin(x[0]); }
void g(double *x) { x[0] = x[0] * x[0] * x[1]; }

void both(double *x, double *dx) {
    __enzyme_reverse((void *)f, x, dx, __enzyme_augmentfwd((void *)g, x, dx)); /* ERROR */
}
