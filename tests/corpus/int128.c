/* 128-bit integer multiply, divide, modulo, shifts and printing by hand. */
#include <stdio.h>

typedef unsigned __int128 u128;
typedef __int128 i128;

static void print_u128(u128 v) {
    char buf[48]; int n = 0;
    if (v == 0) buf[n++] = '0';
    while (v) { buf[n++] = (char)('0' + (int)(v % 10)); v /= 10; }
    while (n) putchar(buf[--n]);
}

static void print_i128(i128 v) {
    if (v < 0) { putchar('-'); print_u128((u128)0 - (u128)v); }
    else print_u128((u128)v);
}

static volatile unsigned long long s1 = 0x123456789abcdefULL, s2 = 0xfedcba987654321ULL;

int main(void) {
    u128 a = ((u128)s1 << 64) | s2, b = (u128)s2 * 977 + 13;
    u128 f = 1;
    for (int i = 1; i <= 33; i++) f *= (u128)i;  /* 33! fits in 128 bits */
    print_u128(f); putchar('\n');
    print_u128(a); putchar(' '); print_u128(b); putchar('\n');
    print_u128(a / b); putchar(' '); print_u128(a % b); putchar('\n');
    print_u128(a * b); putchar('\n');
    i128 c = -(i128)a / 7, d = -(i128)a % 7;
    print_i128(c); putchar(' '); print_i128(d); putchar('\n');
    for (int sh = 0; sh < 128; sh += 17) {
        print_u128(a >> sh); putchar(' '); print_i128((i128)(a << sh) >> sh); putchar('\n');
    }
    printf("cmp %d %d %d\n", a > b, (i128)a < 0, -(i128)b < (i128)a);
    unsigned long long lo = (unsigned long long)(a * a), hi = (unsigned long long)((a * a) >> 64);
    printf("sq %016llx %016llx\n", hi, lo);
    return 0;
}
