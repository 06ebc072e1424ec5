/* vector: n=12 m=2 width=2 mode=reverse lo=-1.5 hi=1.5 */
/* The net's loop shapes in vector reverse mode: a run-time number of images, constant
 * loops inside whose last counters are constants in the reverse (nested_finals.py), a flag
 * per iteration and a running sum read after its loop, taped once per image and shared by
 * the two lanes (exit_tapes.py); two outputs, one seed per lane. */
#include <math.h>
#include <string.h>
extern int enzyme_width, enzyme_dupv, enzyme_const;
void __enzyme_autodiff(void *, ...);

static volatile long vr_images = 3;

static void g(const double *x, double *y, long n) {
    y[0] = 0;
    y[1] = 0;
    for (long k = 0; k < n; k++) {
        double act[3], mx = -1e300, sum = 0;
        for (int o = 0; o < 3; o++) {
            double a = 0.1 * k;
            for (int j = 0; j < 4; j++) a += x[o * 4 + j] * (0.5 + 0.25 * ((k + j) % 3));
            act[o] = a;
            mx = a > mx ? a : mx;
        }
        for (int o = 0; o < 3; o++) sum += exp(act[o] - mx);
        y[0] += log(sum) + mx;
        y[1] += sum * act[k % 3];
    }
}

void fun(const double *x, double *y) { g(x, y, vr_images); }

void deriv(const double *x, const double *s, double *out) {
    double y[2], seeds[4];
    memcpy(seeds, s, sizeof seeds);
    memset(out, 0, 24 * sizeof(double));
    __enzyme_autodiff((void *)g, enzyme_width, 2, enzyme_dupv, 12 * sizeof(double), x, out,
                      enzyme_dupv, 2 * sizeof(double), y, seeds, enzyme_const, vr_images);
}
