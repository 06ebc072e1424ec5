/* vector: n=4 m=2 width=2 mode=reverse lo=-1.5 hi=1.5 */
/* Reverse mode at width 2 through a `restrict` scratch argument written in one loop and
 * read in the next (enzymec/ad/tape/argument_reload.py: loaded again in the reverse sweep,
 * not taped); each lane's seed sits in its output shadow. */
#include <math.h>
#include <string.h>
extern int enzyme_width, enzyme_dup, enzyme_const;
void __enzyme_autodiff(void *, ...);

static void g(const double *restrict x, double *restrict t, double *restrict y, int n) {
    for (int i = 0; i < n; i++)
        t[i] = x[i] * x[(i + 1) % n];
    double s = 0, q = 0;
    for (int i = 0; i < n; i++) {
        s += sin(t[i]) * x[i];
        q += t[i] * t[i];
    }
    y[0] = s;
    y[1] = sqrt(q + 1.0);
}

void fun(const double *x, double *y) {
    double t[4];
    g(x, t, y, 4);
}

void deriv(const double *x, const double *s, double *out) {
    double y[2], t[4], dt[8], seeds[4];
    memcpy(seeds, s, sizeof seeds);
    memset(out, 0, 8 * sizeof(double));
    memset(dt, 0, sizeof dt);
    __enzyme_autodiff((void *)g, enzyme_width, 2, enzyme_dup, x, out, out + 4, enzyme_dup, t,
                      dt, dt + 4, enzyme_dup, y, seeds, seeds + 2, enzyme_const, 4);
}
