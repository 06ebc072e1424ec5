/* gradcheck: n=3 lo=0.2 hi=2 */
/* An autodiff call naming a function that has a registered gradient uses the registration,
 * as Enzyme does (its body, hiding the value in inline assembly, cannot be differentiated:
 * the call was refused, and a differentiable body would have been differentiated in place
 * of the user's gradient): the entry point calls a wrapper whose one call the rule
 * differentiates (enzymec/ad/entry/registered_targets.py). Also a scalar function with
 * ENZYMEC_DERIVATIVE, differentiated directly through a function of two variables. */
#include <enzyme.h>
#include <math.h>

double energy(const double *x) {
    double s = x[0] * x[1] + x[2] * x[2] * x[2];
    __asm__ volatile("" : "+x"(s));
    return s;
}
double energy_aug(const double *x, const double *dx) {
    (void)dx;
    return x[0] * x[1] + x[2] * x[2] * x[2];
}
void energy_rev(const double *x, double *dx, double seed) {
    dx[0] += x[1] * seed;
    dx[1] += x[0] * seed;
    dx[2] += 3.0 * x[2] * x[2] * seed;
}
ENZYMEC_GRADIENT(energy, energy_aug, energy_rev);

double bump(double v) {
    __asm__ volatile("" : "+x"(v));
    return exp(-v * v);
}
double dbump(double v) { return -2.0 * v * exp(-v * v); }
ENZYMEC_DERIVATIVE(bump, dbump);

double f(const double *x) { return energy(x) + bump(x[0] - x[2]); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)energy, enzyme_dup, x, g);
    double d = __enzyme_autodiff((void *)bump, x[0] - x[2]);
    g[0] += d;
    g[2] -= d;
}
