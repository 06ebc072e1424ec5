/* gradcheck: n=4 lo=-1.5 hi=1.5 */
/* Producer and consumer loops that enzymec/ad/fuse/loop_fusion.py fuses before the AD (then
 * fuse_plan.py may reverse the fused loop per iteration): the first loop fills element i of
 * scratch, the second reads element i back, with the same counter and trip count and
 * nothing between them. matvec's shape with malloc'd `out` (then reversed per iteration);
 * a fixed-size array on the stack and a consumer carrying a second value (a decaying
 * weight: not a plain sum, so the fused loop is only fused), with a value LICM hoists
 * between the loops; a sum reaching the result through log (fused only). Each scratch is
 * then only written and goes. tests/ad/test_fuse.py checks which are fused;
 * tests/c/test_gradients.py checks the gradients. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int rows = 5;  /* the loops' bound, passed as an argument (an SSA value both loops test) */

double squared_rows(const double *x, int rows) {  /* out = M(x) x, sum of squares (matvec) */
    double *out = malloc(sizeof(double) * (size_t)rows);
    for (int i = 0; i < rows; i++) {
        out[i] = 0.0;
        for (int j = 0; j < 4; j++)
            out[i] += sin(x[j] * (i + 1)) * x[(i + j) % 4];
    }
    double s = 0.0;
    for (int i = 0; i < rows; i++)
        s += out[i] * out[i];
    free(out);
    return s;
}

double weighted_stack(const double *x, int rows) {  /* a stack array; the consumer carries a weight */
    double tmp[8];
    for (int i = 0; i < rows; i++) {
        double t = 0.0;
        for (int j = 0; j <= i % 3; j++)
            t += cos(x[j] + 0.3 * i) * x[3];
        tmp[i] = t;
    }
    double s = 0.0, w = 1.0;
    for (int i = 0; i < rows; i++) {
        s += w * exp(0.5 * tmp[i]);
        w *= 0.5 + 0.1 * x[1];
    }
    return s;
}

double logged_rows(const double *x, int rows) {  /* the consumer's sum reaches the result via log */
    double *out = malloc(sizeof(double) * (size_t)rows);
    for (int i = 0; i < rows; i++) {
        double t = 1.0;
        for (int j = 0; j < 3; j++)
            t += x[j] * x[j + 1] * (0.2 + 0.1 * i);
        out[i] = t;
    }
    double s = 0.5;
    for (int i = 0; i < rows; i++)
        s += out[i] * x[i % 4];
    free(out);
    return log(s * s + 1.0);
}

double f(const double *x) {
    return squared_rows(x, rows) + weighted_stack(x, rows) + logged_rows(x, rows);
}

void grad(const double *x, double *g) {
    double d[3][4] = {{0.0}};
    __enzyme_autodiff((void *)squared_rows, enzyme_dup, x, d[0], enzyme_const, rows);
    __enzyme_autodiff((void *)weighted_stack, enzyme_dup, x, d[1], enzyme_const, rows);
    __enzyme_autodiff((void *)logged_rows, enzyme_dup, x, d[2], enzyme_const, rows);
    for (int i = 0; i < 4; i++)
        g[i] = d[0][i] + d[1][i] + d[2][i];
}
