/* vector: n=3 m=2 width=4 mode=reverse lo=0.2 hi=2
 * point: 0.3, 1.7, 0.9
 */
/* A while loop of data-dependent length: the tape grows in the forward sweep, once. */
#include <math.h>
#include <string.h>
extern int enzyme_width, enzyme_dupv;
void __enzyme_autodiff(void *, ...);

static void g(const double *x, double *y) {
    double v = x[0] + x[1] + x[2], acc = 0;
    int steps = 0;
    while (v < 40.0 && steps < 50) {
        v = v * (1.2 + 0.1 * x[1]) + x[2];
        acc += sqrt(v) * x[0];
        steps++;
    }
    y[0] = acc + v;
    y[1] = acc * x[2];
}

void fun(const double *x, double *y) { g(x, y); }

void deriv(const double *x, const double *s, double *out) {
    double y[2], seeds[8];
    memcpy(seeds, s, sizeof seeds);
    memset(out, 0, 12 * sizeof(double));
    __enzyme_autodiff((void *)g, enzyme_width, 4, enzyme_dupv, 3 * sizeof(double), x, out,
                      enzyme_dupv, 2 * sizeof(double), y, seeds);
}
