/* explain: -O2 */
/* The cos beside each sin (forward_partners.py): computed in the forward sweep, taped per
 * iteration in the loop, used as is after it; each has a "needs" remark of its own. The
 * product has two active inputs, so it is no preaccumulated chain (preaccumulate.py). */
#include <enzyme.h>
#include <math.h>

double waves(const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++)
        s += sin(x[i]) * x[n - 1 - i];
    return s + cos(x[0]);
}
void d_waves(const double *x, double *dx, int n) { __enzyme_autodiff((void *)waves, x, dx, n); }
