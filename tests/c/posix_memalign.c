/* gradcheck: n=2 lo=-2 hi=2
 * untaken: "!= 0 || !b || !c || !d) abort();" the abort when an allocation fails (an error path)
 * untaken: "(uintptr_t)a % 64 ||" the abort when a block is misaligned (an error path, a libc bug)
 */
/* Aligned heap buffers of active values: posix_memalign returns its block through a pointer
 * argument; memalign, aligned_alloc and valloc return it. */
#define _DEFAULT_SOURCE
#include <enzyme.h>
#include <malloc.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

static volatile int N = 13;

double aligned(const double *x, int n) {
    double *a, *b = memalign(32, n * sizeof *b), *c = aligned_alloc(128, 128 * ((n + 15) / 16));
    double *d = valloc(n * sizeof *d);
    if (posix_memalign((void **)&a, 64, n * sizeof *a) != 0 || !b || !c || !d) abort();
    if ((uintptr_t)a % 64 || (uintptr_t)b % 32 || (uintptr_t)c % 128) abort();
    for (int i = 0; i < n; i++) a[i] = sin(x[0] * i) + x[1];
    for (int i = 0; i < n; i++) {
        b[i] = a[i] * x[i % 2];
        c[i] = b[i] * a[n - 1 - i];
        d[i] = c[i] - a[i];
    }
    double s = 0.0;
    for (int i = 0; i < n; i++) s += d[i] * b[i];
    free(a);
    free(b);
    free(c);
    free(d);
    return s;
}

double f(const double *x) { return aligned(x, N); }
void grad(const double *x, double *g) {
    g[0] = g[1] = 0.0;
    __enzyme_autodiff((void *)aligned, x, g, N);
}
