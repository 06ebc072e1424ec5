/* gradcheck: n=2 lo=-1.5 hi=1.5 */
/* Small structs returned by value (two doubles: insertvalue/extractvalue code): complex
 * arithmetic helpers kept out of line, Horner evaluation of a complex polynomial, loss |p(z)|^2. */
#include <enzyme.h>

typedef struct { double re, im; } cplx;
static const cplx COEF[4] = {{1.0, -0.5}, {0.25, 2.0}, {-1.0, 0.0}, {0.5, 0.5}}; /* c0..c3 */

__attribute__((noinline)) static cplx cmul(cplx a, cplx b) {
    cplx r = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
    return r;
}
__attribute__((noinline)) static cplx cadd(cplx a, cplx b) {
    cplx r = {a.re + b.re, a.im + b.im};
    return r;
}
static double cabs2(cplx a) { return a.re * a.re + a.im * a.im; }

double poly_abs2(double x, double y) {
    cplx z = {x, y}, p = COEF[3];
    for (int k = 2; k >= 0; k--) p = cadd(cmul(p, z), COEF[k]);
    return cabs2(p);
}

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double f(const double *x) { return poly_abs2(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)poly_abs2, x[0], x[1]);
    g[0] = d.a;
    g[1] = d.b;
}
void analytic(const double *x, double *g) {
    /* p and p' by Horner in plain arithmetic; d|p|^2/dx = 2 Re(conj(p) p'),
     * d|p|^2/dy = -2 Im(conj(p) p') */
    double pr = COEF[3].re, pi = COEF[3].im, dr = 0.0, di = 0.0;
    for (int k = 2; k >= 0; k--) {
        double ndr = dr * x[0] - di * x[1] + pr, ndi = dr * x[1] + di * x[0] + pi;
        double npr = pr * x[0] - pi * x[1] + COEF[k].re, npi = pr * x[1] + pi * x[0] + COEF[k].im;
        dr = ndr; di = ndi; pr = npr; pi = npi;
    }
    g[0] = 2 * (pr * dr + pi * di);
    g[1] = -2 * (pr * di - pi * dr);
}
