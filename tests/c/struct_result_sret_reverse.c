/* gradcheck: n=2 lo=-2 hi=2 */
/* Reverse mode of a function returning a 24-byte struct through the C ABI's hidden sret
 * parameter: the caller passes the result buffer with its adjoint seeds (enzyme_dup, &out,
 * &dout), as Enzyme's convention has it; the adjoints of x and y come back as a struct. */
#include <enzyme.h>

typedef struct {
    double a, b, c;
} triple;
typedef struct {
    double dx, dy;
} pair;
pair __enzyme_autodiff_pair(void *, ...) __asm__("__enzyme_autodiff");

static triple g(double x, double y) {
    triple r = {x * y, x + y * y, x * x * y};
    return r;
}

double f(const double *x) {
    triple t = g(x[0], x[1]);
    return 1.0 * t.a + 2.0 * t.b + 3.0 * t.c;
}

void grad(const double *x, double *grad_out) {
    triple out, seed = {1.0, 2.0, 3.0};
    pair d = __enzyme_autodiff_pair((void *)g, enzyme_dup, &out, &seed, x[0], x[1]);
    grad_out[0] = d.dx;
    grad_out[1] = d.dy;
}
