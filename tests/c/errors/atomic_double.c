/* expect-error: atomic update of floating-point data */
/* a C11 atomic double (a compare-exchange loop on its bits): no silent zero gradient */
#include <stdatomic.h>
void __enzyme_autodiff(void *, ...);

double f(double x) {
    _Atomic double s = 0;
    s += x * x; /* ERROR */
    return s;
}

double df(double x) { __enzyme_autodiff((void *)f, x); return 0; }
