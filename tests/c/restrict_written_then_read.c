/* gradcheck: n=8 lo=-1.5 hi=1.5 */
/* A `restrict` argument's memory written before it is read (enzymec/ad/tape/argument_reload.py):
 * `fill_then_read` writes out[] in one loop and reads it in the next, after which nothing
 * writes it: the reverse sweep loads out[i] again instead of taping it. The others must
 * keep their tapes: `read_then_write` overwrites out[] after reading it, `in_place` reads
 * and rewrites out[i] in the same loop body three times over, `read_in_loop_written_later`
 * writes out[] in a later iteration of the loop that reads it. `plain` is fill_then_read
 * without `restrict`: its alias-versioned gradient (alias_version.py) has `noalias`
 * parameters and reloads as well. */
#include <enzyme.h>
#include <math.h>
#include <string.h>

#define N 4

double fill_then_read(const double *restrict a, double *restrict out, int n) {
    for (int i = 0; i < n; i++)
        out[i] = sin(a[i]) * a[(i + 1) % n];
    double s = 0;
    for (int i = 0; i < n; i++)
        s += out[i] * out[i] * a[i];
    return s;
}

double read_then_write(const double *restrict a, double *restrict out, int n) {
    for (int i = 0; i < n; i++)
        out[i] = exp(0.3 * a[i]);
    double s = 0;
    for (int i = 0; i < n; i++)
        s += out[i] * out[i];
    for (int i = 0; i < n; i++)
        out[i] = a[i] * 2.0;
    for (int i = 0; i < n; i++)
        s += sin(out[i]) * a[i];
    return s;
}

double in_place(const double *restrict a, double *restrict out, int n) {
    for (int i = 0; i < n; i++)
        out[i] = a[i];
    double s = 0;
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < n; i++) {
            double v = out[i];
            s += v * v * a[i];
            out[i] = v * cos(a[i]);
        }
    return s;
}

double read_in_loop_written_later(const double *restrict a, double *restrict out, int n) {
    out[0] = a[0];
    double s = 0;
    for (int i = 1; i < n; i++) {
        s += sin(out[i - 1]) * a[i];
        out[i] = out[i - 1] * a[i] + 0.5;
    }
    return s;
}

double plain(const double *a, double *out, int n) {
    for (int i = 0; i < n; i++)
        out[i] = sin(a[i]) * a[(i + 1) % n];
    double s = 0;
    for (int i = 0; i < n; i++)
        s += out[i] * out[i] * a[i];
    return s;
}

double f(const double *x) {
    double out[N];
    return fill_then_read(x, out, N) + read_then_write(x + N, out, N) + in_place(x + 2, out, N) +
           read_in_loop_written_later(x + 1, out, N) + 0.5 * plain(x + 3, out, N);
}

/* g[0..N) += scale * the gradient of KERNEL(x, out, N) with respect to x */
#define ADD_GRADIENT(KERNEL, x, g, scale)                                                  \
    do {                                                                                   \
        double out[N], dout[N], gx[N];                                                     \
        memset(dout, 0, sizeof dout);                                                      \
        memset(gx, 0, sizeof gx);                                                          \
        __enzyme_autodiff((void *)KERNEL, enzyme_dup, x, gx, enzyme_dup, out, dout,        \
                          enzyme_const, N);                                                \
        for (int i = 0; i < N; i++)                                                        \
            (g)[i] += (scale) * gx[i];                                                     \
    } while (0)

void grad(const double *x, double *g) {
    for (int i = 0; i < 8; i++) g[i] = 0.0;
    ADD_GRADIENT(fill_then_read, x, g, 1.0);
    ADD_GRADIENT(read_then_write, x + N, g + N, 1.0);
    ADD_GRADIENT(in_place, x + 2, g + 2, 1.0);
    ADD_GRADIENT(read_in_loop_written_later, x + 1, g + 1, 1.0);
    ADD_GRADIENT(plain, x + 3, g + 3, 0.5);
}
