/* expect-error: writes memory */
/* The augmented forward returns void, so it does not give f's result; enzymec would have to
 * call f again, but f writes through its pointer (a second run would repeat the write). */
#include <enzyme.h>

double bump(double *counter, double x) {
    *counter += 1.0;
    return x * x;
}
void bump_aug(double *counter, double *dcounter, double x) { *counter += 1.0; }
double bump_rev(double *counter, double *dcounter, double x, double seed) {
    return 2.0 * x * seed;
}
ENZYMEC_GRADIENT(bump, bump_aug, bump_rev);

double model(double *counter, double x) { return bump(counter, x) * 3.0; } /* ERROR */

double df(double *counter, double *dcounter, double x) {
    return __enzyme_autodiff((void *)model, enzyme_dup, counter, dcounter, x);
}
