/* gradcheck: n=24 lo=-1.5 hi=1.5 */
/* The net benchmark's shape at toy size: an outer loop over a run-time number of images,
 * inside it constant-count loops (4 outputs of 6 inputs, 4 exps) whose last counters the
 * reverse sweep takes as constants (tape.note_final, nested_finals.py), a flag per
 * iteration (`a > mx`), a running sum read after its loop in each image (an exit tape:
 * exit_tapes.py), an inner loop entered twice per image (two passes over the outputs) and
 * a call in the loop (split by the split variant). x is the 4 x 6 weight matrix. */
#include <math.h>
#define NO 4
#define NJ 6

extern int enzyme_dup, enzyme_const;
void __enzyme_autodiff(void *, ...);

static volatile long images = 3;  /* a run-time count: the outer loop is not constant */
static const double data[3][NJ] = {{0.3, -0.7, 1.1, 0.2, -0.4, 0.9},
                                   {-1.2, 0.5, 0.1, 0.8, 0.6, -0.3},
                                   {0.7, 0.2, -0.9, -0.5, 1.3, 0.4}};
static const int labels[3] = {2, 0, 3};

__attribute__((noinline)) static double dot(const double *w, const double *v) {
    double a = 0;
    for (int j = 0; j < NJ; j++) a += w[j] * v[j];
    return a;
}

static double loss(const double *W, long n) {
    double total = 0;
    for (long k = 0; k < n; k++) {
        const double *v = data[k % 3];
        double act[NO], mx = -1e300, sum = 0, reg = 0;
        for (int o = 0; o < NO; o++) {
            double a = 0.1 * o;
            for (int j = 0; j < NJ; j++) a += W[o * NJ + j] * v[j];
            act[o] = a;
            mx = a > mx ? a : mx;
        }
        for (int o = 0; o < NO; o++) sum += exp(act[o] - mx);
        for (int pass = 0; pass < 2; pass++)  /* the dot loop entered twice per image */
            for (int o = 0; o < NO; o++) reg += (pass + 1) * act[o] * dot(W + o * NJ, v);
        total += log(sum) + mx - act[labels[k % 3]] + 0.01 * reg * reg;
    }
    return total / (double)n;
}

double f(const double *x) { return loss(x, images); }

void grad(const double *x, double *g) {
    for (int i = 0; i < NO * NJ; i++) g[i] = 0;
    __enzyme_autodiff((void *)loss, enzyme_dup, x, g, enzyme_const, images);
}
