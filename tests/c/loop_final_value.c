/* gradcheck: n=4 lo=-1.5 hi=1.5 */
/* Values computed in a loop whose reverse needs only their last value, after the loop: the
 * running sums `s` (needed by log after a loop of fixed length) and `u` (needed by sqrt after
 * an inner loop, once per outer iteration). The first is kept in one slot overwritten every
 * iteration; the second must stay one value per outer iteration, since the reverse of each
 * outer iteration wants its own inner sum. */
#include <enzyme.h>
#include <math.h>

double f(const double *x) {
    double s = 0.0;
    for (int i = 0; i < 4; i++)
        s += x[i] * x[i] + 0.5;
    double t = 0.0;
    for (int j = 0; j < 3; j++) {
        double u = 0.0;
        for (int i = 0; i < 4; i++)
            u += sin(x[i] + 0.7 * j) * x[(i + j) % 4];
        t += sqrt(u * u + 1.0) * (j + 1);
    }
    return log(s) * t;
}

void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)f, enzyme_dup, x, g);
}
