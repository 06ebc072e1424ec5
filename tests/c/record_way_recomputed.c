/* gradcheck: n=10 lo=-1.5 hi=1.5 */
/* The way a recursion went, recomputed in its reverse instead of taped
 * (enzymec/ad/split/record_tag.py). `walk` chooses among five arms from its integer arguments
 * alone (comparisons, a bit test, a shift, an exclusive or, after the recursive calls too):
 * its reverse computes the predecessor number of its return from `n` and `k` again. Its
 * arms keep different values: nothing, a loop tape whose trip count changes from call to
 * call (1-3 and 1-3 again), two values, the internal arms' halves and square root. `hop`
 * chooses its arm by comparing an input with its callee's result: that way is taped. `spin`
 * branches on its argument inside a loop (a join on a cycle: its number is taped per
 * iteration), and `program` calls walk in a loop, with other arguments each time. */
#include <enzyme.h>
#include <math.h>

static double wave(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++)
        s += sin(x[i]) * x[i];
    return s;
}

static double bump(const double *x, int n) {
    double p = 1;
    for (int i = 0; i < n; i++)
        p *= 1 + 0.1 * exp(0.3 * x[i]);
    return p;
}

static double walk(const double *x, int n, unsigned k) {
    if (n <= 0)
        return 0.25;
    if (n <= 3 && (k & 1u))
        return wave(x, n);
    if (n <= 3)
        return exp(0.5 * x[0]) * cos(x[n - 1]);
    int h = n >> 1;
    double a = walk(x, h, k + 1), b = walk(x + h, n - h, k * 3 + 2);
    if ((k ^ (unsigned)n) & 2u)
        return sqrt(a * a + b * b + 1.0);
    return a * b + bump(x, 1 + (int)(k % 3));
}

static double hop(const double *x, int n) {
    if (n <= 1)
        return sin(x[0]) * x[0];
    double a = hop(x + 1, n - 1);
    if (x[0] > a)
        return a * exp(0.2 * x[0]);
    return wave(x, 2) * a;
}

static double spin(const double *x, int n) {
    if (n <= 0)
        return 0.1;
    double s = 0;
    for (int i = 0; i < 3; i++) {
        if ((n + i) & 1)
            s += sin(x[i]);
        else
            s += x[i] * x[i];
    }
    return 0.5 * s + cos(spin(x + 1, n - 1));
}

double program(const double *x) {
    double acc = walk(x, 10, 0) + walk(x + 1, 7, 1) * walk(x + 6, 4, 2) + walk(x + 9, 0, 0) +
                 hop(x + 3, 5) + spin(x + 2, 4);
    for (int r = 0; r < 3; r++)
        acc += 0.5 * walk(x + 2 * r, 3 + r, (unsigned)r);
    return acc;
}

double f(const double *x) { return program(x); }
void grad(const double *x, double *g) {
    for (int i = 0; i < 10; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)program, enzyme_dup, x, g);
}
