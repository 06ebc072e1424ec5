/* Compiler builtins: __builtin_expect, overflow-checked arithmetic, __builtin_unreachable, constant_p, assume_aligned. */
#include <stdio.h>
#include <stdint.h>
#include <limits.h>

static int lookup(int x) {
    if (__builtin_expect(x < 0, 0)) return -1;
    switch (x & 3) { case 0: return 10; case 1: return 20; case 2: return 30; case 3: return 40; }
    __builtin_unreachable();
}

static volatile int vmax = INT_MAX;

int main(void) {
    long s = 0;
    for (int i = -5; i < 100; i++) s += lookup(i);
    printf("lookup %ld\n", s);
    int r; long long rl; unsigned ur;
    int o1 = __builtin_add_overflow(vmax, 1, &r);
    int o2 = __builtin_mul_overflow((long long)vmax, 4LL, &rl);
    int o3 = __builtin_sub_overflow(0u, 1u, &ur);
    int o4 = __builtin_smul_overflow(vmax, 2, &r);
    printf("ovf %d %d %d %d %lld %u %d\n", o1, o2, o3, o4, rl, ur, r);
    uint64_t fact = 1; int n = 1;
    while (!__builtin_mul_overflow(fact, (uint64_t)n, &fact)) n++;
    printf("first overflowing factorial n=%d\n", n);
    double buf[8] __attribute__((aligned(64)));
    double *p = __builtin_assume_aligned(buf, 64);
    for (int i = 0; i < 8; i++) p[i] = i * 0.5;
    double t = 0; for (int i = 0; i < 8; i++) t += buf[i];
    printf("aligned %.17g\n", t);
    printf("const %d\n", __builtin_constant_p(3 * 4));
    printf("choose %d\n", __builtin_choose_expr(1, 11, 22.0));
    printf("types %d %d\n", __builtin_types_compatible_p(int, const int), __builtin_types_compatible_p(int, long));
    printf("abs %d %ld\n", __builtin_abs(-7), __builtin_labs(-70000000000L));
    return 0;
}
