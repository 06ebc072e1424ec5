/* expect-error: integer bits read from differentiated memory are turned into a float */
/* An input read only as a uint64_t, shifted and subtracted (a fast inverse square root on
 * double bits), then turned back into a double: type analysis sees the memory read as an
 * integer only, so nothing says it holds a double, and the derivative with respect to
 * x[0] was silently zero. */
#include <enzyme.h>
#include <stdint.h>
#include <string.h>

double guess(const double *x) {
    uint64_t b;
    memcpy(&b, &x[0], sizeof b);
    b = 0x5fe6eb50c7b537a9ull - (b >> 1);
    double v;
    memcpy(&v, &b, sizeof v); /* ERROR */
    return v * x[1];
}

void dguess(const double *x, double *dx) { __enzyme_autodiff((void *)guess, x, dx); }
