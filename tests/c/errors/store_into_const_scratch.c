/* expect-error: stored into memory of an argument passed as constant */
/* Active data stored into a scratch buffer passed as constant (enzyme_const) and read back
 * on the way to the result: its loads are inactive (constant memory), so the stored value
 * would not count as useful and its derivative would be dropped without a word. */
#include <enzyme.h>
#include <stdlib.h>

double smooth(const double *x, double *work, int n) {
    double *tmp = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) work[i] = x[i] * x[i]; /* ERROR */
    for (int i = 0; i < n; i++) tmp[i] = work[i] + (i ? work[i - 1] : 0.0);
    double s = 0;
    for (int i = 0; i < n; i++) s += tmp[i] * x[i];
    free(tmp);
    return s;
}

double dsmooth(const double *x, double *dx, double *work, int n) {
    return __enzyme_autodiff((void *)smooth, enzyme_dup, x, dx, enzyme_const, work, n);
}
