/* expect-error: no forward derivative */
/* A function with only a custom gradient (reverse mode) cannot be differentiated in forward
 * mode: enzymec does not guess a tangent from the reverse rule. */
#include <enzyme.h>

double ext(double x);
void *ext_aug(double x);
void ext_rev(double x, double d, void *tape);
void *__enzyme_register_gradient_ext[3] = {(void *)ext, (void *)ext_aug, (void *)ext_rev};

static double g(double x) {
    return ext(x) * x; /* ERROR */
}

double dg(double x) { return __enzyme_fwddiff((void *)g, x, 1.0); }
