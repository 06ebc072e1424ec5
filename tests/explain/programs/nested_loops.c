/* explain: -O1 */
/* A value taped in the inner of two loops with constant trip counts: 8 bytes per
 * iteration, 5 iterations per run of the inner loop, 4 runs of it: 160 bytes in total. */
#include <enzyme.h>
double read(void);

static double f(double *x) {
    double s = 0;
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 5; j++)
            s += read() * x[i] * x[j];
    return s;
}
void df(double *x, double *dx) { __builtin_autodiff(f, x, dx); }
