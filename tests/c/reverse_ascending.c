/* gradcheck: n=8 lo=-1 hi=1 */
/* Reverse loops that count up where their iterations commute (enzymec/ad/reverse/ascending.py),
 * and loops that must not: tests/ad/test_ascending.py checks which of these functions'
 * gradients count up; here every gradient is checked against finite differences.
 * - triangle: GMM's Q x inside a loop over points; the inner loop `out[j] += l[k] x[i]`
 *   writes its own element of out each iteration and reads l, another object: counts up,
 *   as does the loop filling xc (with out's copy of it fused into it);
 * - rows_sum: each row's sum `s += x[j] w[r 8 + j]` (a float sum phi): counts up;
 * - scale_restrict: `out[j] = ...x[j]...` with restrict pointers: counts up; scale_may_alias,
 *   the same without restrict (out may be x shifted): refused;
 * - recurrence: `y[j] = c y[j - 1] + x[..]` reads what the iteration before wrote: refused;
 * - product: `p *= x[j]` carries a product (its adjoint changes per iteration): refused;
 * - last_square: `v = x[j] x[j]` is used after the loop (its last value only): refused;
 * - scatter: `out[j / 2] = c out[j / 2] + x[..]`: iterations j and j + 1 write the same
 *   element (no counter indexes it): refused;
 * - taped_rows: each row's sum of `sin(x[j] (r + 1)) exp(..)`, whose reverse reads a tape
 *   the loop indexes, entered once per row (read in the order it was written): refused;
 * - local_squares: a local array's elements, each its own: commutes, but the reverse adds
 *   into a local shadow (a stack slot), which ascending.py does not accept: refused;
 * - overlap: `w[j] = c w[j + 1] + x[..]` reads the element the next iteration writes: refused.
 * recurrence and overlap are linear in the array, so no value of it is taped: only the
 * memory condition refuses them (without it they count up, and their gradients are wrong).
 * Each function but triangle has one loop (rows_sum one innermost), so the number of reverse
 * loops counting up in its gradient says which were (--explain names them too). */
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>

enum { D = 6 };

double triangle(const double *p, const double *ltri, int d, int n) {
    double *xc = malloc(sizeof(double) * (size_t)d), *out = malloc(sizeof(double) * (size_t)d);
    double total = 0.0;
    for (int k = 0; k < n; k++) {
        for (int j = 0; j < d; j++)
            xc[j] = p[j % 4] - 0.25 * (k + j % 3);
        for (int j = 0; j < d; j++)
            out[j] = xc[j];
        int l = 0;
        for (int i = 0; i < d; i++)
            for (int j = i + 1; j < d; j++)
                out[j] += ltri[l++] * xc[i];
        double sq = 0.0;
        for (int j = 0; j < d; j++)
            sq += out[j] * out[j];
        total += log(1.0 + sq);
    }
    free(xc);
    free(out);
    return total;
}

double rows_sum(const double *x, const double *w, int rows) {
    double total = 0.0;
    for (int r = 0; r < rows; r++) {
        double s = 0.0;
        for (int j = 0; j < 8; j++)
            s += x[j] * w[r * 8 + j];
        total += s * s;
    }
    return total;
}

double scale_restrict(const double *restrict x, double *restrict out, int n) {
    for (int j = 0; j < n; j++)
        out[j] = x[j] * x[j] * 0.5 + x[(j + 1) % 8];
    return out[0] + out[n - 1];
}

double scale_may_alias(const double *x, double *out, int n) {
    for (int j = 0; j < n; j++)
        out[j] = x[j] * x[j] * 0.5 + x[(j + 1) % 8];
    return out[0] + out[n - 1];
}

double recurrence(const double *x, int n) {
    double *y = malloc(sizeof(double) * (size_t)(n + 1));
    y[0] = x[7] * x[7];
    for (int j = 1; j <= n; j++)
        y[j] = 0.75 * y[j - 1] + x[(j + 3) % 8];
    double value = y[n] * y[n / 2];
    free(y);
    return value;
}

double product(const double *x, int n) {
    double p = 1.0;
    for (int j = 0; j < n; j++)
        p *= 1.0 + 0.5 * x[j % 8];
    return p;
}

double last_square(const double *x, int n) {
    double v = 0.0, s = 0.0;
    for (int j = 0; j < n; j++) {
        v = x[j % 8] * x[(j + 1) % 8];
        s += v;
    }
    return s + 3.0 * v;
}

double overlap(double *restrict w, const double *restrict x, int n) {
    for (int j = 0; j < n; j++)
        w[j] = 0.5 * w[j + 1] + x[(j + 5) % 8];
    return w[0] * w[n / 2] + 3.0 * w[n - 1] * w[n];
}

double scatter(double *restrict out, const double *restrict x, int n) {
    for (int j = 0; j < n; j++)
        out[j >> 1] = 0.5 * out[j >> 1] + x[j % 8];
    return out[0] * out[1] + out[2] * out[3] * out[4];
}

double taped_rows(const double *x, int rows) {
    double total = 0.0;
    for (int r = 0; r < rows; r++) {
        double s = 0.0;
        for (int j = 0; j < 8; j++)
            s += sin(x[j] * (r + 1)) * exp(0.1 * x[(j + r) % 8]);
        total += s * s;
    }
    return total;
}

double local_squares(const double *x, int n) {
    double a[8];
    for (int j = 0; j < n; j++)
        a[j] = x[j] * x[(j + 3) % 8];
    return a[0] * a[1] + a[n - 1];
}

/* the packed triangle for D rows: entry l is 0.1 sin(x[4 + l % 4] + l) */
static void packed(const double *x, double *ltri) {
    for (int l = 0; l < D * (D - 1) / 2; l++)
        ltri[l] = 0.1 * sin(x[4 + l % 4] + l);
}

/* the weights of rows_sum: 3 rows of 8 */
static void weights(const double *x, double *w) {
    for (int i = 0; i < 24; i++)
        w[i] = cos(x[i % 8] + 0.5 * i);
}

double f(const double *x) {
    double ltri[D * (D - 1) / 2], w[24], out[8], v[11], u[5];
    packed(x, ltri);
    weights(x, w);
    for (int j = 0; j < 11; j++)
        v[j] = x[j % 8];
    for (int j = 0; j < 5; j++)
        u[j] = x[j + 1];
    return triangle(x, ltri, D, 3) + rows_sum(x, w, 3) + scale_restrict(x, out, 8)
        + scale_may_alias(x, out, 8) + recurrence(x, 11) + product(x, 9) + last_square(x, 7)
        + overlap(v, x, 10) + scatter(u, x, 10) + taped_rows(x, 3)
        + local_squares(x, 8);
}

void grad(const double *x, double *g) {
    double ltri[D * (D - 1) / 2], dltri[D * (D - 1) / 2] = {0}, w[24], dw[24] = {0};
    double out[8], dout[8] = {0}, v[11], dv[11] = {0}, u[5], du[5] = {0};
    double parts[11][8] = {{0}};
    packed(x, ltri);
    weights(x, w);
    for (int j = 0; j < 11; j++)
        v[j] = x[j % 8];
    __enzyme_autodiff((void *)triangle, enzyme_dup, x, parts[0], enzyme_dup, ltri, dltri,
                      enzyme_const, D, enzyme_const, 3);
    for (int l = 0; l < D * (D - 1) / 2; l++)
        parts[0][4 + l % 4] += dltri[l] * 0.1 * cos(x[4 + l % 4] + l);
    __enzyme_autodiff((void *)rows_sum, enzyme_dup, x, parts[1], enzyme_dup, w, dw,
                      enzyme_const, 3);
    for (int i = 0; i < 24; i++)
        parts[1][i % 8] -= dw[i] * sin(x[i % 8] + 0.5 * i);
    __enzyme_autodiff((void *)scale_restrict, enzyme_dup, x, parts[2], enzyme_dup, out, dout,
                      enzyme_const, 8);
    for (int j = 0; j < 8; j++)
        dout[j] = 0.0;
    __enzyme_autodiff((void *)scale_may_alias, enzyme_dup, x, parts[3], enzyme_dup, out, dout,
                      enzyme_const, 8);
    __enzyme_autodiff((void *)recurrence, enzyme_dup, x, parts[4], enzyme_const, 11);
    __enzyme_autodiff((void *)product, enzyme_dup, x, parts[5], enzyme_const, 9);
    __enzyme_autodiff((void *)last_square, enzyme_dup, x, parts[6], enzyme_const, 7);
    __enzyme_autodiff((void *)overlap, enzyme_dup, v, dv, enzyme_dup, x, parts[7],
                      enzyme_const, 10);
    for (int j = 0; j < 11; j++)
        parts[7][j % 8] += dv[j];
    for (int j = 0; j < 5; j++)
        u[j] = x[j + 1];
    __enzyme_autodiff((void *)scatter, enzyme_dup, u, du, enzyme_dup, x, parts[8],
                      enzyme_const, 10);
    for (int j = 0; j < 5; j++)
        parts[8][j + 1] += du[j];
    __enzyme_autodiff((void *)taped_rows, enzyme_dup, x, parts[9], enzyme_const, 3);
    __enzyme_autodiff((void *)local_squares, enzyme_dup, x, parts[10], enzyme_const, 8);
    for (int i = 0; i < 8; i++) {
        g[i] = 0.0;
        for (int k = 0; k < 11; k++)
            g[i] += parts[k][i];
    }
}
