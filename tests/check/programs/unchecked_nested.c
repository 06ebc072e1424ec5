/* Forward over reverse: the inner __enzyme_autodiff call is inside the function the outer
 * __enzyme_fwddiff differentiates, so only the outer call is checked (its re-runs call the
 * inner derivative, which the check then covers too). */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

double f(double x, double y) { return sin(x) * y * y + x * x * x * y; }

double dfdx(double x, double y) {
    return __enzyme_autodiff((void *)f, x, enzyme_const, y); /* expect: unchecked: inside code that another autodiff call differentiates */
}

int main(void) {
    double pts[3] = {0.7, -1.2, 2.1};
    for (int i = 0; i < 3; i++) {
        double h = __enzyme_fwddiff((void *)dfdx, pts[i], 1.0, pts[(i + 1) % 3], 0.5);
        printf("%.17g\n", h);
    }
    return 0;
}
