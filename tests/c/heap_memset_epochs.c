/* gradcheck: n=4 lo=-2 hi=2 */
/* A heap accumulation buffer cleared with memset at the start of every epoch and refilled
 * from active data (memset on active memory that already carries derivatives). */
#include <enzyme.h>
#include <stdlib.h>
#include <string.h>

double epochs(const double *x, int n) {
    double *acc = malloc(n * sizeof(double));
    double total = 0.0;
    for (int e = 0; e < 3; e++) {
        memset(acc, 0, n * sizeof(double));
        for (int i = 0; i < n; i++) {
            acc[i] += x[i] * (e + 1);
            acc[(i + 1) % n] += x[i] * x[i];
        }
        for (int i = 0; i < n; i++) total += acc[i] * acc[i];
    }
    free(acc);
    return total;
}

double f(const double *x) { return epochs(x, 4); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)epochs, enzyme_dup, x, g, enzyme_const, 4);
}
void analytic(const double *x, double *g) {
    const int n = 4;
    for (int j = 0; j < n; j++) g[j] = 0.0;
    for (int e = 0; e < 3; e++)
        for (int j = 0; j < n; j++) {
            double aj = x[j] * (e + 1) + x[(j + n - 1) % n] * x[(j + n - 1) % n];
            int k = (j + 1) % n;
            double ak = x[k] * (e + 1) + x[j] * x[j];
            g[j] += 2 * aj * (e + 1) + 2 * ak * 2 * x[j];
        }
}
