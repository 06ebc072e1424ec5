/* expect-error: split reverse mode */
/* Enzyme's split mode from C (__enzyme_augmentfwd / __enzyme_reverse) is not implemented
 * yet: a clear error rather than an undefined reference at link time. */
#include <enzyme.h>

double sq(double x) { return x * x; }
void __enzyme_reverse(void *, ...);

void dsq(double x, double *tape) {
    __enzyme_reverse((void *)sq, x, 1.0, tape); /* ERROR */
}
