/* explain: -O3 */
/* The talk's reluf: the sin taped in a branch lives in a stack slot, which LLVM removes. */
#include <enzyme.h>
#include <math.h>

double reluf(double x) {
    double r;
    if (x > 0)
        r = sin(x) * x;
    else
        r = 0;
    return r;
}
double diffe_reluf(double x) { return __builtin_autodiff(reluf, x); }
