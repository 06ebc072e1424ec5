/* vector: n=3 m=2 width=3 mode=forward lo=-2 hi=2 */
/* Calls kept out of line (noinline): the callee's own width-3 tangent, through pointers
 * and by value. */
#include <math.h>
extern int enzyme_width, enzyme_dup;
void __enzyme_fwddiff(void *, ...);

__attribute__((noinline)) static double h(double a, double b) { return a * cos(b) + b * b; }
__attribute__((noinline)) static void scale(double *v, int n, double c) {
    for (int i = 0; i < n; i++) v[i] *= c;
}

static void g(const double *x, double *y) {
    y[0] = h(x[0], x[1]);
    y[1] = h(x[1], x[2]) * x[0];
    scale(y, 2, x[2] * x[2] + 1.0);
}

void fun(const double *x, double *y) { g(x, y); }

void deriv(const double *x, const double *s, double *out) {
    double y[2];
    __enzyme_fwddiff((void *)g, enzyme_width, 3, enzyme_dup, x, s, s + 3, s + 6,
                     enzyme_dup, y, out, out + 2, out + 4);
}
