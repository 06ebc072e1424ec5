/* gradcheck: n=8 lo=-2 hi=2 */
/* Forward values defined before a loop and used inside it, looked up once at the loop's
 * lookup point in the reverse sweep instead of in every reverse iteration
 * (ad/reverse/loop_lookup.py): `xc[i]`, forwarded from its store (GMM's qtimesx), used in the rows'
 * inner loop, whose last row is empty; `e`, taped per outer iteration (exp is not run
 * again), used in a doubly nested loop; `m`, the last value of a sibling loop before it;
 * and a loop left by a `break` as well as by its condition (two exits: no lookup point, the
 * values are looked up where they are used). tests/ad/test_loop_lookup.py checks that the
 * points exist. */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

int npoints = 3, dims = 4;
static const double points[3 * 4] = {0.5, -1.0, 0.25, 1.5, 0.75, -0.5,
                                      -0.25, 0.125, 1.0, -1.5, 0.5, 0.0625};

double nest(const double *w, const double *mu) {
    int p = npoints, d = dims;
    double *xc = malloc(sizeof(double) * (size_t)d), *out = malloc(sizeof(double) * (size_t)d);
    double total = 0.0;
    for (int ip = 0; ip < p; ip++) {
        for (int j = 0; j < d; j++)
            xc[j] = points[ip * d + j] - mu[j];
        for (int j = 0; j < d; j++)
            out[j] = w[j] * xc[j];
        for (int i = 0; i < d; i++)
            for (int j = i + 1; j < d; j++)
                out[j] += w[(i + j) % 4] * xc[i];
        double m = 0.0;
        for (int j = 0; j < d; j++)
            m = m * 0.5 + out[j];
        double e = exp(0.25 * mu[ip]);
        for (int a = 0; a < 2; a++)
            for (int j = 0; j < d; j++)
                total += e * m * out[j] * (a + 1);
        for (int j = 0; j < d; j++) {
            if (out[j] * e > 3.0)
                break;
            total += sin(e * out[j] + m);
        }
    }
    free(xc);
    free(out);
    return total;
}

/* x[0..3]: w; x[4..7]: mu */
double f(const double *x) {
    return nest(x, x + 4);
}

void grad(const double *x, double *g) {
    double w[4] = {x[0], x[1], x[2], x[3]}, mu[4] = {x[4], x[5], x[6], x[7]};
    double dw[4] = {0}, dmu[4] = {0};
    __enzyme_autodiff((void *)nest, enzyme_dup, w, dw, enzyme_dup, mu, dmu);
    for (int j = 0; j < 4; j++) {
        g[j] = dw[j];
        g[4 + j] = dmu[j];
    }
}
