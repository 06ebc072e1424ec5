/* Branches: a piecewise function evaluated on each piece, away from the kinks, and a
 * maximum found by a loop with a data-dependent branch. */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

double piecewise(double x) {
    if (x < -1.0) return -x * x;
    if (x < 1.0) return sin(x) + 2.0 * x;
    return exp(x - 1.0) * 3.0;
}

double softmax_peak(const double *x, int n) {
    double m = x[0];
    for (int i = 1; i < n; i++)
        if (x[i] > m) m = x[i];
    double s = 0;
    for (int i = 0; i < n; i++) s += exp(x[i] - m);
    return m + log(s);
}

int main(void) {
    double pts[3] = {-2.5, 0.3, 1.8};
    for (int i = 0; i < 3; i++)
        printf("%.17g\n", __enzyme_autodiff((void *)piecewise, pts[i]));
    double x[4] = {0.1, 1.9, -0.4, 1.2}, dx[4] = {0};
    __enzyme_autodiff((void *)softmax_peak, enzyme_dup, x, dx, enzyme_const, 4);
    for (int i = 0; i < 4; i++) printf("%.17g\n", dx[i]);
    return 0;
}
