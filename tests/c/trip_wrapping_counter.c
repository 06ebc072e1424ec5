/* gradcheck: n=4 lo=-1.5 hi=1.5 */
/* Loops whose narrow unsigned counters run to a `!=` bound across the top half of their
 * range (an i8 going 10 .. 199 crosses 127; an i16 going 100 .. 39,999 crosses 32,767):
 * the taped values' count is (bound - start) mod 2^width, which a sign-extended distance
 * read as negative (one iteration taped for 190: enzymec/ad/tape/trip_count.py). Start and
 * bounds are globals, so the optimizer keeps the narrow counters; the step-2 loop and the
 * wrapping one (250 up through 255, 0 .. 3) check the power-of-two step and a counter that
 * passes zero. The do-while's 8-bit counter starts at 255, so its first increment wraps to 0
 * and the loop runs 1 + 4 times: its reservation of taped values was 1 before
 * (trip_count._first_step_wrap); the reverse sweep's count comes from the loop's exit there,
 * so only the tape's bounds saw it. */
#include <math.h>
#include <stdint.h>
#include <enzyme.h>

uint8_t lo8 = 10, hi8 = 200, wrap_from = 250, wrap_to = 4;
uint8_t dw_from = 255, dw_to = 4;
uint16_t lo16 = 100, hi16 = 40000;

double f(const double *x) {
    double s = 0.0;
    for (uint8_t i = lo8; i != hi8; i++)
        s += sin(x[i & 3] + 0.01 * i) * x[(i + 1) & 3];
    for (uint8_t i = lo8; i != hi8; i += 2)
        s += cos(x[i & 3] * 0.5) * x[(i + 2) & 3];
    for (uint8_t i = wrap_from; i != wrap_to; i++)
        s += x[i & 3] * x[(i + 3) & 3] * 0.25;
    uint8_t c = dw_from;
    do {
        s += x[c & 3] * sin(x[(c + 1) & 3]);
    } while (++c < dw_to);
    double t = 0.0;
    for (uint16_t k = lo16; k != hi16; k++)
        t += sin(x[k & 3] * x[(k + 1) & 3] + 1e-4 * k);
    return s * 1e-2 + t * 1e-4;
}

void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)f, enzyme_dup, x, g);
}
