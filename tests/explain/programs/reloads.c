/* explain: -O2 */
/* Memory the reverse sweep loads again although the function writes it: scratch written
 * before it is read (its free moves after the reverse sweep) and a restrict argument whose
 * every write comes before the read. */
#include <enzyme.h>
#include <stdlib.h>

static double f(double *restrict buf, const double *restrict x, int n) {
    double *t = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++)
        t[i] = x[i] * 2.0;
    for (int i = 0; i < n; i++)
        buf[i] = x[i] + 1.0;
    double s = 0;
    for (int i = 0; i < n; i++)
        s += t[i] * buf[i];
    free(t);
    return s;
}
void df(double *buf, double *dbuf, const double *x, double *dx, int n) {
    __builtin_autodiff(f, buf, dbuf, x, dx, n);
}
