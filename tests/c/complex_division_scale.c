/* gradcheck: n=4 lo=0.5 hi=2 float */
/* Complex division by a divisor whose |w|^2 overflows or underflows (|w| ~ 1e200, 1e-170;
 * 1e20 for float) while z / w is an ordinary number: the derivative's own divisions scale as
 * __divdc3 does (the textbook formula gave NaN or 0). The loss undoes the scaling, so its
 * derivatives are of moderate size. */
#include <complex.h>
#include <enzyme.h>

static double scaled(const double *x) {
    double complex z = x[0] + I * x[1], w = x[2] + I * x[3];
    double complex big = (z * 1e200) / (w * 1e200), tiny = (z * 1e-170) / (w * 1e-170);
    float complex zf = (float)x[1] + I * (float)x[0], wf = (float)x[3] + I * (float)x[2];
    float complex f = (zf * 1e20f) / (wf * 1e20f);
    return creal(big) + 2.0 * cimag(tiny) + 0.5 * (double)crealf(f) * cimag(big);
}

double f(const double *x) { return scaled(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)scaled, enzyme_dup, x, g);
}
