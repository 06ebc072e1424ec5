/* vector: n=3 m=1 width=8 mode=forward lo=0.2 hi=2
 * point: 0.3, 1.7, 0.9
 */
/* A while loop whose trip count the data decides, eight tangents at once. */
#include <math.h>
extern int enzyme_width, enzyme_dupv;
typedef struct { double d[8]; } Lanes8;
Lanes8 __enzyme_fwddiff(void *, ...);

static double g(const double *x) {
    double v = x[0] + x[1] + x[2], acc = 0;
    int steps = 0;
    while (v < 40.0 && steps < 50) {
        v = v * (1.2 + 0.1 * x[1]) + x[2];
        acc += sqrt(v) * x[0];
        steps++;
    }
    return acc + v;
}

void fun(const double *x, double *y) { y[0] = g(x); }

void deriv(const double *x, const double *s, double *out) {
    Lanes8 r = __enzyme_fwddiff((void *)g, enzyme_width, 8, enzyme_dupv, 3 * sizeof(double), x, s);
    for (int k = 0; k < 8; k++) out[k] = r.d[k];
}
