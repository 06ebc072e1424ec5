/* gradcheck: n=2 lo=0.3 hi=2.2 float */
/* The float spellings: frexpf, ldexpf, modff, remquof, sincosf, tgammaf, cbrtf, hypotf. */
#define _GNU_SOURCE
#include <enzyme.h>
#include <math.h>

typedef struct { float dx, dy; } pairf;
pairf __enzyme_autodiff_pairf(void *, ...);

float floats(float x, float y) {
    int e, q;
    float m = frexpf(x * 3.0f, &e), ip = y, s, c;
    float fr = modff(2.5f * x * y, &ip);
    sincosf(x - y, &s, &c);
    float r = ldexpf(m * y, e) + fr * ip + remquof(x * 4.0f, y + 0.3f, &q) * y + q * x;
    return r + s * c * x + tgammaf(y) * cbrtf(x) + hypotf(x, y) * m;
}

double f(const double *x) { return floats((float)x[0], (float)x[1]); }
void grad(const double *x, double *g) {
    pairf d = __enzyme_autodiff_pairf((void *)floats, (float)x[0], (float)x[1]);
    g[0] = d.dx;
    g[1] = d.dy;
}
