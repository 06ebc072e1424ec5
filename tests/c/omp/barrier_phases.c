/* one parallel region, two worksharing loops (implicit barrier), an explicit barrier,
 * single and master sections, nowait, and thread identity queries (inactive) */
#ifdef _OPENMP
#include <omp.h>
#else  /* the serial build: one thread */
static int omp_get_thread_num(void) { return 0; }
static int omp_get_num_threads(void) { return 1; }
#endif
#define N 20
#include "omp_check.h"

static void kernel(double *x, double *a, double *b, double *out) {
#pragma omp parallel
    {
        int tid = omp_get_thread_num(), team = omp_get_num_threads();
        (void)tid; (void)team;
#pragma omp for
        for (int i = 0; i < N; i++) a[i] = sin(x[i]) + x[i] * x[i];
#pragma omp for nowait
        for (int i = 0; i < N; i++) b[i] = a[i] * a[(i + 3) % N];
#pragma omp barrier
#pragma omp single
        out[0] = b[0] * b[1];
#pragma omp master
        out[1] = b[2] + b[N - 1] * 3;
    }
}
static double value(double *x, double *a, double *b) {
    double out[2];
    kernel(x, a, b, out);
    double s = out[0] + out[1];
    for (int i = 0; i < N; i++) s += b[i];
    return s;
}
static double f(double *x) { double a[N], b[N]; return value(x, a, b); }
void __enzyme_autodiff(void *, ...);
int enzyme_dup;
static void grad(double *x, double *dx) {
    double a[N], b[N], da[N] = {0}, db[N] = {0};
    __enzyme_autodiff((void *)value, enzyme_dup, x, dx, enzyme_dup, a, da, enzyme_dup, b, db);
}
