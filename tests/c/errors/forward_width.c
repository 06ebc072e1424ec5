/* expect-error: enzyme_width */
/* Vector mode with split mode's augmented forward (__enzyme_augmentfwd) is not implemented:
 * enzyme_width is refused there, never taken for an argument. (Forward and reverse mode
 * take it: tests/c/vector.) */
#include <enzyme.h>

extern int enzyme_width;

double sq(double x) { return x * x; }
void *__enzyme_augmentfwd(void *, ...);

void *tape_of(double x) {
    return __enzyme_augmentfwd((void *)sq, enzyme_width, 2, x); /* ERROR */
}
