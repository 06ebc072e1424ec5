/* Heap: malloc/calloc/realloc/free, a growable vector, a string builder, many small allocations. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { long *data; size_t len, cap; } vec;
static void vpush(vec *v, long x) {
    if (v->len == v->cap) { v->cap = v->cap ? v->cap * 2 : 4; v->data = realloc(v->data, v->cap * sizeof *v->data); }
    v->data[v->len++] = x;
}

typedef struct { char *s; size_t len, cap; } sbuf;
static void sappend(sbuf *b, const char *t) {
    size_t n = strlen(t);
    if (b->len + n + 1 > b->cap) { b->cap = (b->len + n + 1) * 3 / 2; b->s = realloc(b->s, b->cap); }
    memcpy(b->s + b->len, t, n + 1); b->len += n;
}

int main(void) {
    vec v = {0};
    for (long i = 0; i < 10000; i++) vpush(&v, i * i % 1009);
    long s = 0; for (size_t i = 0; i < v.len; i++) s += v.data[i];
    printf("vec len=%zu cap=%zu sum=%ld\n", v.len, v.cap, s);
    free(v.data);
    sbuf b = {0};
    char num[32];
    for (int i = 0; i < 200; i++) { snprintf(num, sizeof num, "%d,", i * 7); sappend(&b, num); }
    unsigned h = 0; for (size_t i = 0; i < b.len; i++) h = h * 131 + (unsigned char)b.s[i];
    printf("sbuf len=%zu h=%u tail=%s\n", b.len, h, b.s + b.len - 8);
    free(b.s);
    int *z = calloc(1000, sizeof *z); long zs = 0; for (int i = 0; i < 1000; i++) zs += z[i];
    printf("calloc %ld\n", zs); free(z);
    void *ptrs[500];
    for (int round = 0; round < 5; round++) {
        for (int i = 0; i < 500; i++) { ptrs[i] = malloc((size_t)(i % 64) + 1); memset(ptrs[i], i & 0xff, (size_t)(i % 64) + 1); }
        long t = 0; for (int i = 0; i < 500; i++) t += ((unsigned char *)ptrs[i])[i % 64 / 2];
        for (int i = 499; i >= 0; i--) free(ptrs[i]);
        printf("round %d %ld\n", round, t);
    }
    return 0;
}
