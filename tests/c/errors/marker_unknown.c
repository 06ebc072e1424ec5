/* expect-error: enzyme_dupp */
/* A global named enzyme_* is a marker (Enzyme's rule); a misspelt one is an error, not an
 * integer argument. */
#include <enzyme.h>

extern int enzyme_dupp;

double sum(const double *x, int n) { return x[0] + x[n - 1]; }

void df(const double *x, double *dx) {
    __enzyme_autodiff((void *)sum, enzyme_dupp, x, dx, 2); /* ERROR */
}
