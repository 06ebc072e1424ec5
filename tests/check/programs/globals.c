/* Extents from global arrays of known size. */
#include <enzyme.h>
#include <math.h>
#include <stdio.h>

double weights[5] = {0.1, -0.2, 0.3, 0.5, -1.5};
double dweights[5];

double softplus_sum(const double *w) {
    double s = 0;
    for (int i = 0; i < 5; i++) s += log1p(exp(w[i] * (i + 1)));
    return s;
}

int main(void) {
    __enzyme_autodiff((void *)softplus_sum, enzyme_dup, weights, dweights);
    for (int i = 0; i < 5; i++) printf("%.17g %.17g\n", weights[i], dweights[i]);
    return 0;
}
