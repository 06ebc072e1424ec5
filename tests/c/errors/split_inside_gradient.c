/* expect-error: inside code that is itself differentiated */
/* Second derivatives through a user's split tape: `slope` splits `wave` and is itself
 * differentiated by __enzyme_autodiff. */
#include <enzyme.h>
#include <math.h>

void *__enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);

void wave(double *v) { v[0] = sin(v[0]) * v[0]; }

double slope(double x) {
    double v[1] = {x}, dv[1] = {0.0};
    void *tape = __enzyme_augmentfwd((void *)wave, v, dv); /* ERROR */
    dv[0] = 1.0;
    __enzyme_reverse((void *)wave, v, dv, tape);
    return dv[0];
}

double second(double x) { return __enzyme_autodiff((void *)slope, x); }
