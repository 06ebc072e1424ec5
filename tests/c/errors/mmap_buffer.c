/* expect-error: mmap */
/* Active data written into memory from an allocator enzymec cannot give a shadow to. */
#define _DEFAULT_SOURCE
#include <enzyme.h>
#include <stddef.h>
#include <sys/mman.h>

double f(double x, int n) {
    double *buf = mmap(NULL, n * sizeof(double), PROT_READ | PROT_WRITE, /* ERROR */
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    for (int i = 0; i < n; i++) buf[i] = x * i;
    double s = 0.0;
    for (int i = 0; i < n; i++) s += buf[i] * buf[i];
    munmap(buf, n * sizeof(double));
    return s;
}

double df(double x, int n) { return __builtin_autodiff(f, x, n); }
