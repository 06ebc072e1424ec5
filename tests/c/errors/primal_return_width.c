/* expect-error: 'enzyme_primal_return' with 'enzyme_width' in reverse mode is not supported */
/* Vector reverse mode does not return the primal result (yet): a located error, not a
 * struct whose fields mean something else. */
#include <enzyme.h>

extern int enzyme_primal_return, enzyme_width, enzyme_dup;
typedef struct { double value, d0, d1; } three;
three __enzyme_autodiff_three(void *, ...) __asm__("__enzyme_autodiff");

static double sq(double x) { return x * x; }

three dsq(double x) {
    return __enzyme_autodiff_three((void *)sq, enzyme_width, 2, enzyme_primal_return, x); /* ERROR */
}
