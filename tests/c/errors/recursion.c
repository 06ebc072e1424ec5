/* expect-error: recursive */
/* Recursion with active values needs an augmented forward and a reverse per call, which
 * enzymec does not build yet: it must say so at the recursive call. */
#include <enzyme.h>

double power(double x, int n) {
    if (n == 0) return 1.0;
    return x * power(x, n - 1); /* ERROR */
}

double dpower(double x) { return __builtin_autodiff(power, x, 5); }
