/* gradcheck: n=1 lo=-2 hi=2 */
/* A second derivative through an inner derivative that allocates heap shadows (malloc of a
 * size known only at run time, the powers of x kept in a buffer): the inner gradient's heap
 * shadow is calloc'd memory to the outer derivative (enzymec/ad/higher_order/
 * nested_runtime.py; this was tests/c/errors/nested_heap_shadow.c, a located error). f is
 * the first derivative by hand, 3 x^2. */
#include <enzyme.h>
#include <stdlib.h>

static double powers(double x, int n) {
    double *buffer = malloc(n * sizeof(double));
    buffer[0] = x;
    for (int i = 1; i < n; i++)
        buffer[i] = buffer[i - 1] * x;
    double result = buffer[n - 1];
    free(buffer);
    return result;
}
static double d_powers(double x, int n) {
    return __enzyme_autodiff((void *)powers, x, enzyme_const, n);
}

double f(const double *x) { return 3.0 * x[0] * x[0]; }
void grad(const double *x, double *g) {
    g[0] = __enzyme_autodiff((void *)d_powers, x[0], enzyme_const, 3);
}
