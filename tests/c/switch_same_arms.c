/* gradcheck: n=3 lo=-2 hi=2
 * point: 0.3, 0.2, 0.6
 * point: -0.4, 0.6, 1.6
 * point: 0.7, 1.2, -0.7
 * point: 0.2, -0.9, 0.9
 * point: 0.5, 0.3, -1.8
 * point: 0.5, 0.3, -0.6
 * point: 0.5, 0.3, -2.5
 * point: 0.5, 0.3, 4.2
 */
/* Switches whose arms repeat a body: clang merges them, so one block branches to the
 * same successor in several cases (duplicate edges), and every phi there needs one entry
 * per edge (fuzzer seed 140 was refused with an invalid-IR error). One switch stands
 * alone, one is in a loop it leaves from two equal arms and from two empty cases of one
 * goto, one enters a loop from several arms (two of them empty). */
#include <enzyme.h>
#include <math.h>

static double pick(const double *x) {
    double v;
    switch ((int)floor(2.5 * tanh(x[1]))) {
    case 1: v = x[1]; break;
    case 0: v = x[0]; break;
    case 2: v = x[1]; break;   /* the same body as case 1 */
    default: v = exp(x[1]);
    }
    return v;
}

static double walk(const double *x) {
    double s = x[0];
    for (int i = 0; i < 4; i++) {
        switch ((int)floor(x[2] + 0.5 * i)) {
        case 0: s = s * x[1]; break;
        case 2: s = s * x[1]; break;   /* the same body as case 0 */
        case 1: s = s + sin(x[2]); break;
        case 3: return s * x[2];
        case -2: return s * x[2];      /* the same exit as case 3 */
        case 5: case -3: goto out;     /* the switch leaves the loop twice */
        default: s = s - x[2];
        }
    }
    return s;
out:
    return s * x[0];
}

static double enter(const double *x) {
    double s = x[0];
    switch ((int)floor(x[1])) {
    case 0: case 1: break;             /* empty arms: the switch jumps to the loop twice */
    case -1: s = x[1] * x[2]; break;
    default: s = exp(x[2]);
    }
    for (int i = 0; i < 3; i++) s = s * x[2] + sin(s);
    return s;
}

double same_arms(const double *x) { return pick(x) + walk(x) + enter(x); }

double f(const double *x) { return same_arms(x); }
void grad(const double *x, double *g) {
    g[0] = g[1] = g[2] = 0.0;
    __enzyme_autodiff((void *)same_arms, x, g);
}
