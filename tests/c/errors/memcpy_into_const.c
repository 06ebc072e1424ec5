/* expect-error: copies differentiated memory */
/* A memcpy of active data into memory passed as constant (enzyme_const): its derivative
 * would be lost, so it is refused. */
#include <enzyme.h>
#include <string.h>

double f(const double *x, double *scratch, int n) {
    memcpy(scratch, x, n * sizeof(double)); /* ERROR */
    double s = 0.0;
    for (int i = 0; i < n; i++) s += scratch[i] * scratch[i];
    return s;
}

double df(const double *x, double *dx, double *scratch, int n) {
    return __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_const, scratch, n);
}
