/* volatile loads/stores that must not be merged or dropped, restrict-qualified kernels, aliasing behaviour. */
#include <stdio.h>

static volatile int reg;
static volatile unsigned char mmio[16];

static void saxpy(int n, float a, const float *restrict x, float *restrict y) { for (int i = 0; i < n; i++) y[i] += a * x[i]; }
static void add_alias(int n, int *a, const int *b) { for (int i = 0; i < n; i++) a[i] += b[i]; }  /* may alias */

int main(void) {
    int writes = 0;
    for (int i = 0; i < 100; i++) { reg = i; reg = reg + 1; writes += reg; }
    printf("volatile %d %d\n", writes, reg);
    for (int i = 0; i < 16; i++) mmio[i] = (unsigned char)(i * 11);
    unsigned s = 0; for (int i = 0; i < 16; i++) { s += mmio[i]; s += mmio[i]; }
    printf("mmio %u\n", s);
    float x[64], y[64];
    for (int i = 0; i < 64; i++) { x[i] = (float)i * 0.5f; y[i] = 1.0f / (float)(i + 1); }
    saxpy(64, 1.75f, x, y);
    double t = 0; for (int i = 0; i < 64; i++) t += y[i];
    printf("saxpy %.17g\n", t);
    int a[20]; for (int i = 0; i < 20; i++) a[i] = i;
    add_alias(19, a + 1, a);  /* overlapping: each element adds the already-updated previous one */
    long u = 0; for (int i = 0; i < 20; i++) u = u * 3 + a[i];
    printf("alias %ld %d\n", u, a[19]);
    volatile double vd = 0.1; double acc = 0; for (int i = 0; i < 10; i++) acc += vd;
    printf("vd %.17g\n", acc);
    return 0;
}
