/* Arbitrary-precision unsigned arithmetic with 32-bit limbs: add, multiply, small division, 100! and 2^500. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define LIMBS 64
typedef struct { uint32_t d[LIMBS]; int n; } big;

static void set_u(big *a, uint32_t v) { memset(a, 0, sizeof *a); a->d[0] = v; a->n = v != 0; }
static void mul_small(big *a, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) { uint64_t t = (uint64_t)a->d[i] * m + carry; a->d[i] = (uint32_t)t; carry = t >> 32; }
    if (carry) a->d[a->n++] = (uint32_t)carry;
}
static uint32_t div_small(big *a, uint32_t m) {
    uint64_t rem = 0;
    for (int i = a->n - 1; i >= 0; i--) { uint64_t cur = (rem << 32) | a->d[i]; a->d[i] = (uint32_t)(cur / m); rem = cur % m; }
    while (a->n && !a->d[a->n - 1]) a->n--;
    return (uint32_t)rem;
}
static void add(big *r, const big *a, const big *b) {
    uint64_t c = 0; int n = a->n > b->n ? a->n : b->n;
    for (int i = 0; i < n; i++) {  /* limbs at or above n are not initialized: read them as 0 */
        c += (uint64_t)(i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        r->d[i] = (uint32_t)c; c >>= 32;
    }
    r->n = n; if (c) r->d[r->n++] = (uint32_t)c;
}
static void mul(big *r, const big *a, const big *b) {
    big t; memset(&t, 0, sizeof t);
    for (int i = 0; i < a->n; i++) {
        uint64_t c = 0;
        for (int j = 0; j < b->n; j++) { uint64_t x = (uint64_t)a->d[i] * b->d[j] + t.d[i + j] + c; t.d[i + j] = (uint32_t)x; c = x >> 32; }
        t.d[i + b->n] = (uint32_t)c;
    }
    t.n = a->n + b->n; while (t.n && !t.d[t.n - 1]) t.n--;
    *r = t;
}
static void print_big(const big *a) {
    big t = *a; char buf[700]; int n = 0;
    if (!t.n) buf[n++] = '0';
    while (t.n) { uint32_t r = div_small(&t, 1000000000u); for (int k = 0; k < 9; k++) { buf[n++] = (char)('0' + r % 10); r /= 10; } }
    while (n > 1 && buf[n - 1] == '0') n--;
    while (n) putchar(buf[--n]);
    putchar('\n');
}

int main(void) {
    big f; set_u(&f, 1);
    for (uint32_t i = 2; i <= 100; i++) mul_small(&f, i);
    print_big(&f);
    big p; set_u(&p, 2); big r; set_u(&r, 1);
    for (int e = 500; e; e >>= 1) { if (e & 1) mul(&r, &r, &p); mul(&p, &p, &p); }
    print_big(&r);
    big a, b, c; set_u(&a, 0); set_u(&b, 1);
    for (int i = 0; i < 300; i++) { add(&c, &a, &b); a = b; b = c; }
    print_big(&a);
    return 0;
}
