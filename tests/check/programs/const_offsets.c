/* Extent from constant offsets: the function touches p[0..2] only, and the caller has just
 * a pointer parameter. */
#include <enzyme.h>
#include <stdio.h>

double cross_z(const double *p) { return p[0] * p[2] - p[1] * p[1] * p[0]; }

__attribute__((noinline)) void grad(const double *p, double *dp) { __enzyme_autodiff((void *)cross_z, p, dp); }

int main(void) {
    double p[3] = {1.5, -0.5, 2.25}, dp[3] = {0};
    grad(p, dp);
    printf("%.17g %.17g %.17g\n", dp[0], dp[1], dp[2]);
    return 0;
}
