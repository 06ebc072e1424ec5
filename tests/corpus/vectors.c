/* GCC/clang vector extensions: vector_size arithmetic, comparisons, __builtin_shufflevector, element access. */
#include <stdio.h>
#include <stdint.h>

typedef int32_t v4si __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));
typedef double v2df __attribute__((vector_size(16)));
typedef uint8_t v16qi __attribute__((vector_size(16)));
typedef int64_t v2di __attribute__((vector_size(16)));

static v4si rot(v4si v) { return __builtin_shufflevector(v, v, 1, 2, 3, 0); }

int main(void) {
    v4si a = {1, 2, 3, 4}, b = {10, -20, 30, -40};
    for (int i = 0; i < 10; i++) { a = a * 3 + b; b = rot(b) ^ (a >> 2); a = a & 0x7fffff; }
    printf("v4si %d %d %d %d\n", a[0], a[1], a[2], a[3]);
    v4si m = a > b;
    printf("cmp %d %d %d %d\n", m[0], m[1], m[2], m[3]);
    v4sf f = {1.5f, -2.25f, 3.0f, 0.125f}, g = {0.5f, 0.5f, 2.0f, 4.0f};
    for (int i = 0; i < 5; i++) f = f * g + f / (g + 1.0f);
    printf("v4sf %.9g %.9g %.9g %.9g\n", (double)f[0], (double)f[1], (double)f[2], (double)f[3]);
    v2df d = {1.0, 2.0}; v2df e = __builtin_shufflevector(d, d, 1, 0);
    d = d * e - (v2df){0.25, 0.75};
    printf("v2df %.17g %.17g\n", d[0], d[1]);
    v16qi q; for (int i = 0; i < 16; i++) q[i] = (uint8_t)(i * 17);
    v16qi r = __builtin_shufflevector(q, q, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    r += q; unsigned s = 0; for (int i = 0; i < 16; i++) s = s * 7 + r[i];
    printf("v16qi %u\n", s);
    v2di l = {1LL << 40, -5}; l = l << 2; l = l / 3;
    printf("v2di %lld %lld\n", (long long)l[0], (long long)l[1]);
    v4si wide = __builtin_convertvector(f, v4si);
    printf("conv %d %d %d %d\n", wide[0], wide[1], wide[2], wide[3]);
    return 0;
}
