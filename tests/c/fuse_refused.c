/* gradcheck: n=4 lo=-1.5 hi=1.5 */
/* Look-alikes of a loop reversed per iteration (enzymec/ad/fuse/fuse_plan.py) that it must
 * refuse, each differentiated as before: a carried product (not a sum), sums used after
 * the loop non-linearly (log, square), a body storing into the parameter it reads and into
 * a global read after the loop, scratch read before the iteration writes it (a value
 * carried through memory), and a parameter written after the loop. Each body holds a loop
 * of its own (with a run-time trip count), so only the rule named refuses it; each is
 * differentiated on its own. tests/ad/test_fuse.py checks that none is fused;
 * tests/c/test_gradients.py checks the gradient. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int count = 5;
double sink[5];

static double inner(const double *x, int i, double scale) {
    double t = 0.0;
    for (int j = 0; j < 2 + i % 2; j++)
        t += sin(x[j] * scale + 0.1 * (i + j));
    return t;
}

double product(const double *x) {  /* s = s * t: not a sum */
    double s = 1.0;
    for (int i = 0; i < count; i++)
        s *= 1.0 + 0.1 * inner(x, i, x[0]);
    return s;
}

double logged(const double *x) {  /* log(s): the sum's adjoint is not known before */
    double s = 3.0;
    for (int i = 0; i < count; i++)
        s += inner(x, i, x[1]);
    return log(s);
}

double squared(const double *x) {  /* s * s */
    double s = 0.0;
    for (int i = 0; i < count; i++)
        s += inner(x, i, x[2]);
    return s * s;
}

double stores_argument(double *x) {  /* the body writes the parameter it reads */
    double s = 0.0;
    for (int i = 0; i < count; i++) {
        s += inner(x, i, x[3]);
        x[i % 3] = x[i % 3] * 0.5 + 0.25;
    }
    return s;
}

double stores_global(const double *x) {  /* the body writes a global read after the loop */
    double s = 0.0;
    for (int i = 0; i < count; i++) {
        sink[i] = inner(x, i, x[0]);
        s += sink[i] * x[2];
    }
    return s + sink[2] * x[1];
}

double carried_memory(const double *x) {  /* tmp holds the previous iteration's value */
    double *tmp = calloc(2, sizeof(double));
    double s = 0.0;
    for (int i = 0; i < count; i++) {
        double prev = tmp[(i + 1) % 2] + x[1];
        s += inner(x, i, prev);
        tmp[i % 2] = sin(prev + x[2]);
    }
    free(tmp);
    return s;
}

double written_after(double *x) {  /* a parameter the loop reads is written after it */
    double s = 0.0;
    for (int i = 0; i < count; i++)
        s += inner(x, i, x[1]);
    x[0] = x[2] * 2.0;
    return s + x[0] * x[3];
}

typedef double (*objective)(double *);
static const objective objectives[7] = {
    (objective)product, (objective)logged, (objective)squared, stores_argument,
    (objective)stores_global, (objective)carried_memory, written_after};

double f(const double *x) {
    double total = 0.0;
    for (int k = 0; k < 7; k++) {
        double y[4] = {x[0], x[1], x[2], x[3]};
        total += objectives[k](y);
    }
    return total;
}

void grad(const double *x, double *g) {
    double y[7][4], dy[7][4] = {{0.0}};
    for (int k = 0; k < 7; k++)
        for (int i = 0; i < 4; i++)
            y[k][i] = x[i];
    /* each its own gradient into its own shadow (two of them write their input) */
    __enzyme_autodiff((void *)product, enzyme_dup, y[0], dy[0]);
    __enzyme_autodiff((void *)logged, enzyme_dup, y[1], dy[1]);
    __enzyme_autodiff((void *)squared, enzyme_dup, y[2], dy[2]);
    __enzyme_autodiff((void *)stores_argument, enzyme_dup, y[3], dy[3]);
    __enzyme_autodiff((void *)stores_global, enzyme_dup, y[4], dy[4]);
    __enzyme_autodiff((void *)carried_memory, enzyme_dup, y[5], dy[5]);
    __enzyme_autodiff((void *)written_after, enzyme_dup, y[6], dy[6]);
    for (int i = 0; i < 4; i++) {
        g[i] = 0.0;
        for (int k = 0; k < 7; k++)
            g[i] += dy[k][i];
    }
}
