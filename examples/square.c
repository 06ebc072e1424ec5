/* square.c: the derivative of x*x, asked for with one call. Prints "f(3) = 9, f'(3) = 6". */
#include <enzyme.h>
#include <stdio.h>

double square(double x) { return x * x; }

int main(void) {
    double x = 3.0;
    double dx = __builtin_autodiff(square, x);
    printf("f(%g) = %g, f'(%g) = %g\n", x, square(x), x, dx);
    return 0;
}
