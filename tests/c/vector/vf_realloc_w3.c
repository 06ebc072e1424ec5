/* vector: n=3 m=1 width=3 mode=forward lo=-1 hi=1 */
/* calloc and a growing realloc: the shadows grow with the primal in every lane. */
#include <math.h>
#include <stdlib.h>
extern int enzyme_width, enzyme_dupv;
typedef struct { double d[3]; } Lanes3;
Lanes3 __enzyme_fwddiff(void *, ...);

static double g(const double *x) {
    int cap = 2, len = 0;
    double *buf = calloc(cap, sizeof(double));
    for (int i = 0; i < 7; i++) {
        if (len == cap) { cap *= 2; buf = realloc(buf, cap * sizeof(double)); }
        buf[len++] = x[i % 3] * (i + 1) + (len > 1 ? buf[len - 2] * 0.5 : 0.0);
    }
    double s = 0;
    for (int i = 0; i < len; i++) s += buf[i] * buf[i];
    free(buf);
    return sqrt(s);
}

void fun(const double *x, double *y) { y[0] = g(x); }

void deriv(const double *x, const double *s, double *out) {
    Lanes3 r = __enzyme_fwddiff((void *)g, enzyme_width, 3, enzyme_dupv, 3 * sizeof(double), x, s);
    for (int k = 0; k < 3; k++) out[k] = r.d[k];
}
