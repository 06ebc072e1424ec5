/* gradcheck: n=2 lo=-1 hi=1.5 tangent */
/* A forward-mode call naming a function that has a registered forward derivative uses it
 * (the body hides the value in inline assembly, which forward mode refused): the entry
 * point calls a wrapper whose one call the rule differentiates
 * (enzymec/ad/entry/registered_targets.py). */
#include <math.h>

double __enzyme_fwddiff(void *, ...);
extern int enzyme_dup, enzyme_const;

double wave(double a, double b) {
    double s = sin(a) * b + b * b;
    __asm__ volatile("" : "+x"(s));
    return s;
}
typedef struct { double value, tangent; } value_tangent;
value_tangent wave_fwd(double a, double da, double b, double db) {
    value_tangent r = {sin(a) * b + b * b, cos(a) * b * da + (sin(a) + 2 * b) * db};
    return r;
}
void *__enzyme_register_derivative_wave[2] = {(void *)wave, (void *)wave_fwd};

double f(const double *x) { return wave(x[0], x[1]); }

double jvp(const double *x, const double *v) {
    return __enzyme_fwddiff((void *)wave, x[0], v[0], x[1], v[1]);
}
