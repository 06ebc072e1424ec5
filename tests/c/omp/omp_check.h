/* Shared driver of the OpenMP gradient programs (tests/c/omp/test_omp.py).
 *
 * A program defines N, `double f(double *x)` (the function, parallel inside) and
 * `void grad(double *x, double *dx)` (its gradient by enzymec, dx zeroed first), then
 * includes this file. main() picks a seeded random point, prints every gradient component
 * and checks it against central differences of f; exit status 1 on a mismatch. The runner
 * builds each program with and without -fopenmp and compares the printed gradients across
 * thread counts and repeated runs. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef TOL
#define TOL 1e-6
#endif
#ifndef STEP
#define STEP 1e-5
#endif
#ifndef OFFSET
#define OFFSET 0.0
#endif

static double f(double *x);
static void grad(double *x, double *dx);

int main(void) {
    static double x[N], dx[N];
    srand(20261129);
    for (int i = 0; i < N; i++) {
        x[i] = OFFSET + 2.0 * rand() / RAND_MAX - 1.0;
        dx[i] = 0.0;
    }
    grad(x, dx);
    double worst = 0.0, norm = 0.0;
    for (int i = 0; i < N; i++) {
        double h = STEP * fmax(1.0, fabs(x[i])), keep = x[i];
        x[i] = keep + h;
        double up = f(x);
        x[i] = keep - h;
        double down = f(x);
        x[i] = keep;
        double fd = (up - down) / (2 * h);
        double err = fabs(fd - dx[i]) / fmax(1.0, fabs(fd));
        worst = fmax(worst, err);
        norm += fabs(dx[i]);
        printf("grad %d %.17g fd %.17g\n", i, dx[i], fd);
    }
    printf("f %.17g maxerr %.3g gradnorm %.17g\n", f(x), worst, norm);
    if (!(worst <= TOL) || norm == 0.0) {
        printf("FAIL\n");
        return 1;
    }
    return 0;
}
