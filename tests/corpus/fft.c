/* Iterative radix-2 FFT with bit reversal (C99 complex and split real arrays), inverse round trip, convolution. */
#include <stdio.h>
#include <math.h>
#include <complex.h>

#define N 256
static const double PI = 3.14159265358979323846;

static void fft(double complex *a, int n, int inv) {
    for (int i = 1, j = 0; i < n; i++) {
        int bit = n >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) { double complex t = a[i]; a[i] = a[j]; a[j] = t; }
    }
    for (int len = 2; len <= n; len <<= 1) {
        double ang = 2 * PI / len * (inv ? -1 : 1);
        double complex wl = cos(ang) + sin(ang) * I;
        for (int i = 0; i < n; i += len) {
            double complex w = 1;
            for (int j = 0; j < len / 2; j++) {
                double complex u = a[i + j], v = a[i + j + len / 2] * w;
                a[i + j] = u + v; a[i + j + len / 2] = u - v; w *= wl;
            }
        }
    }
    if (inv) for (int i = 0; i < n; i++) a[i] /= n;
}

int main(void) {
    static double complex x[N], y[N];
    for (int i = 0; i < N; i++) x[i] = sin(2 * PI * 5 * i / N) + 0.5 * cos(2 * PI * 12 * i / N) + (i % 7) * 0.01;
    for (int i = 0; i < N; i++) y[i] = x[i];
    fft(y, N, 0);
    int peak = 0; for (int i = 1; i < N / 2; i++) if (cabs(y[i]) > cabs(y[peak])) peak = i;
    printf("peak %d mag %.12f\n", peak, cabs(y[peak]));
    printf("bins %.12f %.12f %.12f\n", creal(y[0]), cabs(y[5]), cabs(y[12]));
    fft(y, N, 1);
    double err = 0; for (int i = 0; i < N; i++) err = fmax(err, cabs(y[i] - x[i]));
    printf("roundtrip ok %d\n", err < 1e-12);
    /* polynomial multiplication via FFT: (1+2x+3x^2)^4 coefficients */
    static double complex p[N];
    for (int i = 0; i < N; i++) p[i] = 0;
    p[0] = 1; p[1] = 2; p[2] = 3;
    fft(p, N, 0);
    for (int i = 0; i < N; i++) p[i] = p[i] * p[i] * p[i] * p[i];
    fft(p, N, 1);
    for (int i = 0; i <= 8; i++) printf("%ld ", lround(creal(p[i])));
    printf("\n");
    return 0;
}
