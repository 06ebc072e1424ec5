/* gradcheck: n=2 lo=0.2 hi=1.2
 * untaken: "double even(double x, double y, int n)" g calls even with n = 5, so even sees n = 5, 3, 1 and never 0
 */
/* Recursion and mutual recursion over scalars: the reverse of a recursive call calls the
 * callee's own gradient (which recomputes its forward sweep). */
#include <enzyme.h>
#include <math.h>

typedef struct { double a, b; } pair;
pair __enzyme_autodiff_pair(void *, ...);

double power(double x, int n) { return n == 0 ? 1.0 : x * power(x, n - 1); }
double odd(double x, double y, int n);
double even(double x, double y, int n) { return n == 0 ? x * y : odd(x * y, y, n - 1) + sin(x); }
double odd(double x, double y, int n) { return n == 0 ? x + y : even(x * 0.5, y, n - 1) * y; }

double g(double x, double y) { return power(x, 4) * y + even(x, y, 5); }

double f(const double *x) { return g(x[0], x[1]); }
void grad(const double *x, double *out) {
    pair d = __enzyme_autodiff_pair((void *)g, x[0], x[1]);
    out[0] = d.a;
    out[1] = d.b;
}
