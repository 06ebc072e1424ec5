/* gradcheck: n=4 lo=-2 hi=2
 * untaken: "!= 0) return 0.0;" the return when posix_memalign fails (an error path)
 */
/* A posix_memalign'ed (64-byte aligned) work buffer of active values. */
#include <enzyme.h>
#include <stdlib.h>

double aligned_energy(const double *x, int n) {
    double *buf = NULL;
    if (posix_memalign((void **)&buf, 64, n * sizeof(double)) != 0) return 0.0;
    for (int i = 0; i < n; i++) buf[i] = x[i] * x[(i + 1) % n];
    double s = 0.0;
    for (int i = 0; i < n; i++) s += buf[i] * buf[i];
    free(buf);
    return s;
}

double f(const double *x) { return aligned_energy(x, 4); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 4; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)aligned_energy, enzyme_dup, x, g, enzyme_const, 4);
}
void analytic(const double *x, double *g) {
    /* s = sum_i x_i^2 x_{i+1}^2 */
    for (int j = 0; j < 4; j++) {
        double prev = x[(j + 3) % 4], next = x[(j + 1) % 4];
        g[j] = 2 * x[j] * (prev * prev + next * next);
    }
}
