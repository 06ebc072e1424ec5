/* gradcheck: n=5 lo=-1 hi=1
 * untaken: "even_part()" f calls even_part with n = 5: it sees n = 5, 3, 1 and never 0
 */
/* Mutual recursion through pointer arguments: even/odd positions of an active array are
 * handled by two functions calling each other on the array's tail. */
#include <enzyme.h>
#include <math.h>

double odd_part(const double *x, int n);
double even_part(const double *x, int n) {
    if (n == 0) return 0.0;
    return sin(x[0]) + odd_part(x + 1, n - 1);
}
double odd_part(const double *x, int n) {
    if (n == 0) return 0.0;
    return x[0] * x[0] * (1.0 + even_part(x + 1, n - 1));
}

double f(const double *x) { return even_part(x, 5); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 5; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)even_part, enzyme_dup, x, g, enzyme_const, 5);
}
void analytic(const double *x, double *g) {
    /* E4 = sin x4; O3 = x3^2 (1 + E4); E2 = sin x2 + O3; O1 = x1^2 (1 + E2); E0 = sin x0 + O1 */
    double e4 = sin(x[4]), o3 = x[3] * x[3] * (1 + e4), e2 = sin(x[2]) + o3;
    g[0] = cos(x[0]);
    g[1] = 2 * x[1] * (1 + e2);
    double de2 = x[1] * x[1];
    g[2] = de2 * cos(x[2]);
    g[3] = de2 * 2 * x[3] * (1 + e4);
    g[4] = de2 * x[3] * x[3] * cos(x[4]);
}
