/* gradcheck: n=4 lo=0.3 hi=1.6 */
/* C99 double _Complex: z * w (inline, with __muldc3 on its NaN path), z / w (__divdc3),
 * cabs, carg, cexp, clog, csqrt, cpow, csin, ccos, ctanh, creal/cimag/conj, and a complex
 * number passed by value into a helper and returned from it. The complex-valued part is
 * folded into a real loss; each evaluation takes both sides of a branch on |z|. */
#include <enzyme.h>
#include <complex.h>
#include <math.h>

typedef struct { double d[4]; } grads4;
grads4 __enzyme_autodiff_4(void *, ...);

__attribute__((noinline)) static double _Complex mobius(double _Complex z, double _Complex w) {
    return (z * w + 1.0) / (z - conj(w) + 2.0 * I);
}

double loss(double a, double b, double c, double d) {
    double _Complex z = a + b * I, w = c + d * I, r = 0.0;
    for (int k = 0; k < 2; k++) {
        z = z * (k ? 3.0 : 0.5); /* |z| < 1.2 in the first round, > 1.2 in the second */
        double _Complex m = mobius(z, w);
        double _Complex s = csqrt(z) * clog(w) + cpow(z, w) - csin(m) * ccos(z * 0.5);
        r += s * cexp(-w) + ctanh(m);
        if (cabs(z) > 1.2)
            r += carg(w) * z;
        else
            r -= carg(z) * w * w;
    }
    return creal(r) * cimag(r) + cabs(r);
}

double f(const double *x) { return loss(x[0], x[1], x[2], x[3]); }
void grad(const double *x, double *g) {
    grads4 r = __enzyme_autodiff_4((void *)loss, x[0], x[1], x[2], x[3]);
    for (int i = 0; i < 4; i++) g[i] = r.d[i];
}
