/* gradcheck: n=9 lo=-2 hi=2 */
/* Running indices carried down the reverse of their loop (ad/tape/running_rebuild.py): set to
 * their last value once per reverse of the loop, lowered by one step per reverse iteration.
 * packed_index.c has GMM's lower triangle (a step that shrinks by one per row); here the
 * step is a loop-invariant term read from an argument, added (`strided`) or subtracted
 * (`backwards`), and each walk runs once per pass, so the carried value must be set again
 * for every pass. Each index picks a different cos(), so a wrong index is a wrong gradient. */
#include <math.h>
#include <enzyme.h>

/* rows of `width` entries, the first `used` of each read: l steps by width */
static double strided(int passes, int rows, int width, int used, const double *a,
                      const double *v) {
    double s = 0.0;
    for (int p = 0; p < passes; p++) {
        int l = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < used; j++)
                s += cos(a[l + j] + 0.5 * p) * v[j] * v[i];
            l += width;
        }
    }
    return s;
}

/* the same rows from the last one back: l steps by -width */
static double backwards(int passes, int rows, int width, int used, const double *a,
                        const double *v) {
    double s = 0.0;
    for (int p = 0; p < passes; p++) {
        int l = (rows - 1) * width;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < used; j++)
                s += sin(a[l + j] - 0.25 * p) * v[j] * (i + 1);
            l -= width;
        }
    }
    return s;
}

double carried(const double *x, int width) {
    return strided(3, 2, width, 2, x, x + 6) + backwards(2, 2, width, 3, x, x + 6);
}

/* x[0..5]: two rows of width 3; x[6..8]: the vector */
double f(const double *x) {
    return carried(x, 3);
}

void grad(const double *x, double *g) {
    for (int i = 0; i < 9; i++)
        g[i] = 0.0;
    __enzyme_autodiff((void *)carried, enzyme_dup, x, g, enzyme_const, 3);
}
