/* gradcheck: n=6 lo=-1 hi=1 */
/* Nested loops with runtime (const int argument) trip counts over a rows x cols matrix. */
#include <enzyme.h>
#include <math.h>

double rowsums(const double *a, int rows, int cols) {
    double s = 0.0;
    for (int i = 0; i < rows; i++) {
        double r = 0.0;
        for (int j = 0; j < cols; j++)
            r += a[i * cols + j] * (j + 1);
        s += r * r;
    }
    return s;
}

static volatile int R = 2, C = 3;

double f(const double *x) { return rowsums(x, R, C); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 6; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)rowsums, enzyme_dup, x, g, enzyme_const, R, enzyme_const, C);
}
void analytic(const double *x, double *g) {
    for (int i = 0; i < 2; i++) {
        double r = 0.0;
        for (int j = 0; j < 3; j++) r += x[i * 3 + j] * (j + 1);
        for (int j = 0; j < 3; j++) g[i * 3 + j] = 2.0 * r * (j + 1);
    }
}
