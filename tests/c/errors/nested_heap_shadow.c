/* expect-error: __enzymec_shadow_alloc */
/* A second derivative through an inner derivative that allocates heap shadows (malloc of a
 * size known only at run time): the shadows hold the inner adjoints, which the outer
 * derivative would have to differentiate through enzymec's runtime. Not implemented: a
 * located error, never a derivative that ignores them. (Loops, branches and fixed-size
 * heap buffers work: tests/c/nested_loop_second_derivative.c.) */
#include <enzyme.h>
#include <stdlib.h>
#include <string.h>

static double powers(double x, int n) {
    double *buffer = malloc(n * sizeof(double));
    buffer[0] = x;
    for (int i = 1; i < n; i++)
        buffer[i] = buffer[i - 1] * x;
    double result = buffer[n - 1];
    free(buffer);
    return result;
}
static double d_powers(double x, int n) { /* ERROR */
    return __enzyme_autodiff((void *)powers, x, enzyme_const, n);
}

double second(double x) { return __enzyme_autodiff((void *)d_powers, x, enzyme_const, 3); }
