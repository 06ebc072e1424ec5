/* gradcheck: n=2 lo=-2 hi=2 */
/* Enzyme's subdoublestore shape: a double copied with memcpy into an unsigned long long,
 * passed to a non-inlined helper that copies it back into a double and stores it into
 * malloc'd memory, read back as a double. The helper gets a copy taking a double, so the
 * derivative also flows when the call is differentiated on its own (split). */
#include <enzyme.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline))
static unsigned long long *substore(unsigned long long flt, unsigned long long integral) {
    unsigned long long *data = malloc(2 * sizeof(unsigned long long));
    double asflt;
    memcpy(&asflt, &flt, sizeof asflt);
    *((double *)data) = asflt;
    data[1] = integral;
    return data;
}

double stored(const double *x) {
    double inp = x[0] * x[1];
    unsigned long long res;
    memcpy(&res, &inp, sizeof res);
    unsigned long long *data = substore(res, 3);
    double out = ((double *)data)[0] * x[0] + (double)data[1];
    free(data);
    return out;
}

double f(const double *x) { return stored(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = 0.0;
    __enzyme_autodiff((void *)stored, x, g);
}
void analytic(const double *x, double *g) {
    g[0] = 2.0 * x[0] * x[1];
    g[1] = x[0] * x[0];
}
