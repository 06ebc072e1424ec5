/* Call sites the checker cannot check are listed at compile time, located, and run
 * unchecked; the checkable one beside them is checked. */
#include <enzyme.h>
#include <stdio.h>

extern int enzyme_tape;
double __enzyme_augmentfwd_slot(void *, ...);
double __enzyme_reverse(void *, ...);

double calls = 0;
double counted(double v) { calls += 1; return v * v; }          /* writes a global */

double printed(double v) { printf("%g\n", v); return 3 * v; }  /* does I/O */

double strided(const double *x, const int *idx, int n) {        /* x[idx[i]]: no bound */
    double s = 0;
    for (int i = 0; i < n; i++) s += x[idx[i]] * x[idx[i]];
    return s;
}

double fine(double v) { return v * v * v; }

struct particle { double x; long id; double v; };
__attribute__((noinline)) double kinetic(const struct particle *p) { return p->v * p->v * p->x; }
__attribute__((noinline)) void grad_kinetic(const struct particle *p, struct particle *dp) {
    __enzyme_autodiff((void *)kinetic, p, dp); /* expect: unchecked: a record with other data between its values */
}

double halves(double v) { return v * v + 1.0; }                 /* split mode */

__attribute__((noinline)) void grad_strided(const double *x, double *dx, const int *idx, int n) {
    __enzyme_autodiff((void *)strided, x, dx, enzyme_const, idx, n); /* expect: unchecked: indexed by a value the checker cannot bound */
}

int main(void) {
    double a = __enzyme_autodiff((void *)counted, 1.5); /* expect: unchecked: writes the global 'calls' */
    double b = __enzyme_autodiff((void *)printed, 2.5); /* expect: unchecked: calls 'printf' */
    double c = __enzyme_autodiff((void *)fine, 0.5);
    void *slot;
    double halves_result = __enzyme_augmentfwd_slot((void *)halves, 0.75, enzyme_tape, &slot); /* expect: unchecked: passes the tape through memory */
    double e = __enzyme_reverse((void *)halves, 0.75, 1.0, enzyme_tape, &slot); /* expect: unchecked: passes the tape through memory */
    double x[4] = {1, 2, 3, 4}, dx[4] = {0};
    int idx[3] = {3, 0, 2};
    grad_strided(x, dx, idx, 3);
    struct particle p = {1.5, 42, -0.5}, dp = {0, 0, 0};
    grad_kinetic(&p, &dp);
    printf("%g %g %g %g %g %g %g %g %g %g %g\n", a, b, c, halves_result, e, dx[0], dx[1], dx[2],
           dx[3], dp.x, dp.v);
    return 0;
}
