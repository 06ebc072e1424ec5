/* gradcheck: n=2 lo=0.4 hi=2.5 */
/* fmod, remainder, remquo, fdim, copysign, nextafter. Each evaluation uses both signs of the
 * dividend and several multiples, so fmod truncates towards zero from both sides, remainder
 * rounds the quotient up and down, and fdim takes both of its branches. */
#include <enzyme.h>
#include <math.h>

typedef struct { double dx, dy; } pair;
pair __enzyme_autodiff_pair(void *, ...);

static const double MULT[4] = {-3.3, -0.6, 1.45, 4.2};

double remainders(double x, double y) {
    double r = 0.0;
    for (int k = 0; k < 4; k++) {
        double a = MULT[k] * x, b = 0.7 * y + 0.2;
        int q;
        double rq = remquo(a, b, &q);
        r += fmod(a, b) * y + remainder(a, b) * x + rq * q + fdim(a, b) * b
             + copysign(a * y, MULT[k]) + nextafter(a, 0.0) * y;
    }
    return r;
}

double f(const double *x) { return remainders(x[0], x[1]); }
void grad(const double *x, double *g) {
    pair d = __enzyme_autodiff_pair((void *)remainders, x[0], x[1]);
    g[0] = d.dx;
    g[1] = d.dy;
}
