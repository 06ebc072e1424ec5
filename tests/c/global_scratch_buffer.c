/* gradcheck: n=3 lo=-2 hi=2 */
/* A lazily allocated static scratch buffer (`if (!work) work = malloc(...)`), as scientific
 * codes keep their work arrays: the gradient that allocates it stores the shadow beside it,
 * and the shadow must outlive the call with the buffer. The next gradient found its shadow
 * zeroed (a crash) and, had it been kept, freed at the end of the first call's reverse; now
 * the shadow stays with the global, and each gradient checks it is the one made for the
 * pointer the global holds (enzymec/ad/memory/global_pointers.py). gradcheck calls grad at
 * many points, so every call but the first finds the buffer there. f is the same function
 * without the static buffer: a primal call that allocated it first would leave a buffer no
 * gradient made a shadow for, and the gradient would stop the program with a message. */
#include <enzyme.h>
#include <math.h>
#include <stdlib.h>

static double *work = NULL;

static double energy(const double *x, int n) {  /* n: a size LLVM cannot fold */
    if (!work) work = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) work[i] = sin(x[i]) * x[(i + 1) % n];
    double s = 0.0;
    for (int i = 0; i < n; i++) s += work[i] * work[(i + 2) % n] + work[i] * x[i];
    return s;
}

double f(const double *x) {
    double w[3], s = 0.0;
    for (int i = 0; i < 3; i++) w[i] = sin(x[i]) * x[(i + 1) % 3];
    for (int i = 0; i < 3; i++) s += w[i] * w[(i + 2) % 3] + w[i] * x[i];
    return s;
}
void grad(const double *x, double *g) {
    for (int i = 0; i < 3; i++) g[i] = 0.0;
    __enzyme_autodiff((void *)energy, enzyme_dup, x, g, enzyme_const, 3);
}
