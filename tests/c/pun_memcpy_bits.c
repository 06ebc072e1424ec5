/* gradcheck: n=3 lo=-2 hi=2 */
/* Doubles moved as integers: memcpy into an unsigned long long, a union of double and
 * uint64_t, an integer load of a double's bytes, a char[8] buffer, and 64-bit words kept in
 * malloc'd memory that is read back as doubles. The derivative must follow the bits. */
#include <enzyme.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

typedef union { double d; uint64_t u; } bits64;

static uint64_t to_bits(double x) { uint64_t u; memcpy(&u, &x, sizeof u); return u; }
static double from_bits(uint64_t u) { double x; memcpy(&x, &u, sizeof x); return x; }

double punned(const double *x) {
    uint64_t *words = malloc(3 * sizeof(uint64_t));
    words[0] = to_bits(x[0]);
    bits64 b; b.d = x[1]; words[1] = b.u;
    words[2] = *(const uint64_t *)&x[2];
    char raw[8];
    memcpy(raw, &words[2], 8);
    double z; memcpy(&z, raw, 8);
    double *as_doubles = (double *)words;
    double s = from_bits(words[0]) * as_doubles[1] + z * z + sin(as_doubles[0]) * x[2];
    free(words);
    return s;
}

double f(const double *x) { return punned(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    __enzyme_autodiff((void *)punned, x, g);
}
void analytic(const double *x, double *g) {
    g[0] = x[1] + cos(x[0]) * x[2];
    g[1] = x[0];
    g[2] = 2.0 * x[2] + sin(x[0]);
}
