/* gradcheck: n=24 lo=-2 hi=2 */
/* Preaccumulated single-input chains (enzymec/ad/reverse/preaccumulate.py): the forward sweep tapes
 * one local derivative d root / d x per chain instead of its partials. Exercised here:
 * - a recursion whose two arms need different values (leaves: the chains sin(x) x and
 *   x / (1 + exp(x)); internal nodes: sqrt, a chain of the two halves, not preaccumulated);
 * - a leaf loop entered twice per call (the outer loop re-runs it with another scale);
 * - clang's fused accumulation s = fma(sin(x), x, s) (the addend passes through), and
 *   fma(exp(-x / 2), x, x), whose addend is the chain's own input;
 * - chains with two active inputs that must not be preaccumulated: sin(x_i) x_{i+1},
 *   exp(x_i) * y with y from another element;
 * - a chain whose root's value the reverse needs (t *= 1 + 0.1 exp(-x^2));
 * - chains in both arms of a branch (log and cos), and one in straight-line code. */
#include <enzyme.h>
#include <math.h>

/* LLVM's math intrinsics as -fno-math-errno makes of libm calls (the benchmarks' flag):
 * chains hold only calls without side effects */
#ifdef __clang__
#define SIN(v) __builtin_elementwise_sin(v)
#define COS(v) __builtin_elementwise_cos(v)
#define EXP(v) __builtin_elementwise_exp(v)
#define LOG(v) __builtin_elementwise_log(v)
#else /* gcc (the branch coverage build): libm */
#define SIN(v) sin(v)
#define COS(v) cos(v)
#define EXP(v) exp(v)
#define LOG(v) log(v)
#endif

static double leaf(const double *x, int n) {
    double s = 0;
    for (int r = 0; r < 2; r++) {      /* the leaf loop is entered twice per call */
        double k = 1.0 + 0.5 * r;
        for (int i = 0; i < n; i++) {
            s += SIN(k * x[i]) * x[i];           /* fma(sin(kx), x, s): input x */
            s += x[i] / (1.0 + EXP(x[i]));       /* fdiv of a chain: input x */
        }
    }
    return s;
}

static double tree(const double *x, int n) {
    if (n <= 3)
        return leaf(x, n);
    int h = n / 2;
    double a = tree(x, h), b = tree(x + h, n - h);
    return sqrt(a * a + b * b + 1.0);
}

static double mixed(const double *x, int n) {
    double s = 0, t = 1;
    for (int i = 0; i + 1 < n; i++) {
        s += SIN(x[i]) * x[i + 1];               /* two active inputs: not preaccumulated */
        s += EXP(0.3 * x[i]) * (x[n - 1 - i] * 0.5);  /* two inputs again */
        t *= 1.0 + 0.1 * EXP(-x[i] * x[i]);      /* root needed by the product's reverse */
        s += EXP(-0.5 * x[i]) * x[i] + x[i];     /* fma(exp(-x/2), x, x) */
        if (x[i] > 0.3)
            s += LOG(1.0 + x[i] * x[i]);
        else
            s -= 0.5 * COS(x[i] * x[i]);
    }
    return s + t;
}

double program(const double *x) {
    double straight = exp(0.5 * x[0]) * x[0];    /* straight-line chain */
    return 0.1 * tree(x, 24) + mixed(x, 24) + straight;
}

double f(const double *x) { return program(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 24; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)program, x, g);
}
