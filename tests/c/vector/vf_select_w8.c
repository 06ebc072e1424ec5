/* vector: n=2 m=1 width=8 mode=forward lo=-2 hi=2
 * point: 0.7, -0.4
 * point: -0.7, 0.4
 * point: 1.2, 1.5
 */
/* Selects (what -O2 makes of ternaries): the chosen arm's tangent in each lane. */
extern int enzyme_width;
typedef struct { double d[8]; } Lanes8;
Lanes8 __enzyme_fwddiff(void *, ...);

static double g(double a, double b) {
    double m = a > b ? a * b : b - a * a;
    double r = m > 0.5 ? m * m : 3 * m;
    return r + (a < 0 ? -a : a) * b;
}

void fun(const double *x, double *y) { y[0] = g(x[0], x[1]); }

void deriv(const double *x, const double *s, double *out) {
    Lanes8 r = __enzyme_fwddiff((void *)g, enzyme_width, 8,
                                x[0], s[0], s[2], s[4], s[6], s[8], s[10], s[12], s[14],
                                x[1], s[1], s[3], s[5], s[7], s[9], s[11], s[13], s[15]);
    for (int k = 0; k < 8; k++) out[k] = r.d[k];
}
