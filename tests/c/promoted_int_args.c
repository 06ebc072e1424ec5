/* gradcheck: n=2 lo=-2 hi=2 */
/* bool, char and short arguments of __enzyme_autodiff pass through `...` as int (C's
 * default promotions); enzymec narrows them back to the parameter's type, as Enzyme does.
 * Both bool values, a negative char (sign-extended before it is narrowed), a negative
 * short and an unsigned char above 127 reach the derivative with their own values. */
#include <enzyme.h>
#include <stdbool.h>

double h(double x, bool neg, signed char c, short k, unsigned char u) {
    double v = neg ? -x : x;
    return v * x * c + k * x + u * x * x * x;
}

double f(const double *x) {
    return h(x[0], true, 3, -5, 200) + h(x[1], false, -2, 7, 1);
}

void grad(const double *x, double *g) {
    bool yes = x[0] < 10.0, no = x[1] > 10.0;  /* computed, not constants folded early */
    signed char three = 3, minus_two = -2;
    short minus_five = -5, seven = 7;
    unsigned char big = 200, one = 1;
    g[0] = __enzyme_autodiff((void *)h, x[0], yes, three, minus_five, big);
    g[1] = __enzyme_autodiff((void *)h, x[1], no, minus_two, seven, one);
}

void analytic(const double *x, double *g) {
    g[0] = -2.0 * x[0] * 3 - 5 + 3.0 * 200 * x[0] * x[0];
    g[1] = 2.0 * x[1] * -2 + 7 + 3.0 * x[1] * x[1];
}
