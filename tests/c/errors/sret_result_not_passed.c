/* expect-error: hidden first parameter */
/* A function returning a 24-byte struct takes a hidden first parameter for it (the C ABI's
 * sret): in reverse mode the caller passes that buffer and its adjoint seeds first. Passing
 * the doubles alone said only "an argument of type double is passed where 'g' expects ptr". */
#include <enzyme.h>

typedef struct {
    double a, b, c;
} triple;

static triple g(double x, double y) {
    triple r = {x * y, x, x * x};
    return r;
}

double dg(double x, double y) {
    return __enzyme_autodiff((void *)g, x, y); /* ERROR */
}
