/* vector: n=2 m=1 width=2 mode=forward lo=0.5 hi=3 */
/* Scalar arguments, each followed by its 2 tangents; the result is a struct of 2 doubles. */
extern int enzyme_width;
typedef struct { double dx, dy; } Lanes2;
Lanes2 __enzyme_fwddiff(void *, ...);

static double g(double x1, double x2) {
    double w3 = x1 * x2;
    double w4 = 1.0 / x1;
    return w3 + w4 - x2 / (x1 + 1.0);
}

void fun(const double *x, double *y) { y[0] = g(x[0], x[1]); }

void deriv(const double *x, const double *s, double *out) {
    Lanes2 r = __enzyme_fwddiff((void *)g, enzyme_width, 2, x[0], s[0], s[2], x[1], s[1], s[3]);
    out[0] = r.dx;
    out[1] = r.dy;
}
