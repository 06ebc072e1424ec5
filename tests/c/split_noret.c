/* gradcheck: n=3 lo=-2 hi=2 */
/* enzyme_noret: the augmented forward returns the tape alone even though the function
 * returns a double; enzyme_const_return: the reverse takes no adjoint of that result (its
 * value is not part of the loss), only the memory output's, through its shadow. */
#include <enzyme.h>
#include <math.h>

extern int enzyme_noret, enzyme_const_return;
void *__enzyme_augmentfwd(void *, ...);
void __enzyme_reverse(void *, ...);

double mix(const double *x, double *y) {
    y[0] = x[0] * x[1] - cos(x[2]);
    y[1] = x[2] * x[2] * x[0];
    return x[0] + x[1] + x[2]; /* a residual the loss ignores */
}

double f(const double *x) {
    double y[2];
    mix(x, y);
    return 2.0 * y[0] - y[1];
}

void grad(const double *x, double *g) {
    double y[2], dy[2] = {0.0, 0.0};
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    void *tape = __enzyme_augmentfwd((void *)mix, enzyme_noret, enzyme_const_return,
                                     enzyme_dup, x, g, enzyme_dup, y, dy);
    dy[0] = 2.0;
    dy[1] = -1.0;
    __enzyme_reverse((void *)mix, enzyme_const_return, enzyme_dup, x, g, enzyme_dup, y, dy, tape);
}

void analytic(const double *x, double *g) {
    g[0] = 2.0 * x[1] - x[2] * x[2];
    g[1] = 2.0 * x[0];
    g[2] = 2.0 * sin(x[2]) - 2.0 * x[2] * x[0];
}
