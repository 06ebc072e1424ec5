/* expect-error: forward derivative */
/* A registered forward derivative must take each argument followed by its tangent and
 * return {primal, tangent}: one returning only the tangent is refused, not misread. */
#include <enzyme.h>

double ext(double x);
double ext_fwd(double x, double dx);
void *__enzyme_register_derivative_ext[2] = {(void *)ext, (void *)ext_fwd};

static double g(double x) {
    return ext(x) * x; /* ERROR */
}

double dg(double x) { return __enzyme_fwddiff((void *)g, x, 1.0); }
