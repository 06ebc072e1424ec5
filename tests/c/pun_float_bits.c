/* gradcheck: n=4 lo=-2 hi=2 float */
/* Single precision moved as integers: a struct of two floats swapped by assignment (one
 * 64-bit integer load and store), fabs and negation through the bits of a float. */
#include <enzyme.h>
#include <stdint.h>
#include <string.h>

typedef struct { float re, im; } cfloat;

static void swap_cfloat(cfloat *a, cfloat *b) { cfloat t = *a; *a = *b; *b = t; }
static float bits_absf(float x) { uint32_t u; memcpy(&u, &x, 4); u &= 0x7fffffffu; memcpy(&x, &u, 4); return x; }
static float bits_negf(float x) { uint32_t u; memcpy(&u, &x, 4); u ^= 0x80000000u; memcpy(&x, &u, 4); return x; }

float floats(const float *x) {
    cfloat cs[2] = {{x[0], x[1]}, {x[2] * x[3], x[3]}};
    swap_cfloat(&cs[0], &cs[1]);
    return cs[0].re * 3.0f + cs[0].im * x[0] - cs[1].re + bits_absf(x[1]) * x[2]
           + bits_negf(cs[1].im * x[3]);
}

double f(const double *x) {
    float xf[4] = {(float)x[0], (float)x[1], (float)x[2], (float)x[3]};
    return floats(xf);
}
void grad(const double *x, double *g) {
    float xf[4] = {(float)x[0], (float)x[1], (float)x[2], (float)x[3]}, gf[4] = {0};
    __enzyme_autodiff((void *)floats, xf, gf);
    for (int i = 0; i < 4; i++) g[i] = gf[i];
}
