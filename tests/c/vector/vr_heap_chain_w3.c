/* vector: n=3 m=2 width=3 mode=reverse lo=-1 hi=1 */
/* A heap buffer handed from one loop iteration to the next (allocate the next, free the
 * last), three seeds: the loop's tapes are reserved lane by lane on the record stack, and
 * their lane copies were released in the same lane order, not the reverse: the stack's
 * check stopped the program (vector_lanes.py now pops them in the reverse lane order). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
extern int enzyme_width, enzyme_dupv;
void __enzyme_autodiff(void *, ...);

static void g(const double *x, double *y, int steps) {
    double *w = malloc(2 * sizeof(double));
    w[0] = x[0];
    w[1] = x[1] * x[2];
    for (int k = 0; k < steps; k++) {
        double *next = malloc(2 * sizeof(double));
        next[0] = w[0] * w[1] + sin(w[0]);
        next[1] = 0.5 * w[1] + x[k % 3];
        free(w);
        w = next;
    }
    y[0] = w[0];
    y[1] = w[0] * w[1];
    free(w);
}

void fun(const double *x, double *y) { g(x, y, 3); }

void deriv(const double *x, const double *s, double *out) {
    double y[2], seeds[6];
    memcpy(seeds, s, sizeof seeds);
    memset(out, 0, 9 * sizeof(double));
    __enzyme_autodiff((void *)g, enzyme_width, 3, enzyme_dupv, 3 * sizeof(double), x, out,
                      enzyme_dupv, 2 * sizeof(double), y, seeds, 3);
}
