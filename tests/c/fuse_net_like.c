/* gradcheck: n=15 lo=-1 hi=1 */
/* A loop reversed per iteration (enzymec/ad/fuse/fuse_plan.py), the net's shape: per image, a
 * local array `act` (an alloca), a running maximum (a select), the softmax's sum, and a
 * read of `act[label]` at a data-dependent index (covered: the loop over o writes every
 * element of the 3-element array); the images meet only in `loss += ...` and the result
 * is `loss / bs`, a sum divided by an argument. tests/ad/test_fuse.py checks the remark. */
#include <math.h>
#include <enzyme.h>

enum { NIN = 4, NOUT = 3 };
static const double images[4 * NIN] = {0.5, -1.0, 0.25, 1.5, 0.75, -0.5, -0.25, 0.125,
                                       1.0, -1.5, 0.5, 0.0625, -0.75, 0.3, 0.9, -0.2};
static const unsigned char labels[4] = {2, 0, 1, 2};
long batch = 4;

/* W[NOUT * NIN], b[NOUT] */
double batch_loss(const double *W, const double *b, long bs) {
    double loss = 0.0;
    for (long k = 0; k < bs; k++) {
        double act[NOUT], mx = -1e300, sum = 0.0;
        for (int o = 0; o < NOUT; o++) {
            double a = b[o];
            for (int j = 0; j < NIN; j++)
                a += W[o * NIN + j] * images[k * NIN + j];
            act[o] = a;
            mx = a > mx ? a : mx;
        }
        for (int o = 0; o < NOUT; o++)
            sum += exp(act[o] - mx);
        loss += log(sum) + mx - act[labels[k]];
    }
    return loss / (double)bs;
}

double f(const double *x) { return batch_loss(x, x + 12, batch); }

void grad(const double *x, double *g) {
    for (int i = 0; i < 15; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)batch_loss, enzyme_dup, x, g, enzyme_dup, x + 12, g + 12,
                      enzyme_const, batch);
}
