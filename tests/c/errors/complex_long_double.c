/* expect-error: cabsl */
/* long double _Complex travels in memory (x86_fp80 pairs): no derivative rule takes it. */
#include <complex.h>

double __enzyme_autodiff(void *, ...);

double norm(double x, double y) {
    long double _Complex z = x + y * I;
    return (double)cabsl(z); /* ERROR */
}

double dnorm(double x, double y) { return __enzyme_autodiff((void *)norm, x, y); }
