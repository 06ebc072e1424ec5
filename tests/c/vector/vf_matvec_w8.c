/* vector: n=4 m=3 width=8 mode=forward lo=-2 hi=2 */
/* A matrix-vector product with a nonlinearity, eight directions at once (more lanes than
 * inputs). */
#include <math.h>
extern int enzyme_width, enzyme_dupv, enzyme_const;
void __enzyme_fwddiff(void *, ...);

static const double A[3][4] = {{1, -2, 0.5, 3}, {0.25, 1, -1, 2}, {-3, 0.5, 1.5, -0.5}};

static void g(const double *x, double *y) {
    for (int r = 0; r < 3; r++) {
        double s = 0;
        for (int c = 0; c < 4; c++) s += A[r][c] * x[c];
        y[r] = s * tanh(s);
    }
}

void fun(const double *x, double *y) { g(x, y); }

void deriv(const double *x, const double *s, double *out) {
    double y[3];
    __enzyme_fwddiff((void *)g, enzyme_width, 8, enzyme_dupv, 4 * sizeof(double), x, s,
                     enzyme_dupv, 3 * sizeof(double), y, out);
}
