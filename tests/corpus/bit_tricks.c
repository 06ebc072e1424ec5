/* Bit manipulation: popcount, clz, ctz, bswap, rotates, parity, bit reversal. */
#include <stdio.h>
#include <stdint.h>

static uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> ((32 - r) & 31)); }
static uint64_t rotr64(uint64_t x, int r) { return (x >> r) | (x << ((64 - r) & 63)); }

static uint32_t rev32(uint32_t x) {
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0f0f0f0fu) | ((x & 0x0f0f0f0fu) << 4);
    return __builtin_bswap32(x);
}

static int popcount_naive(uint64_t x) { int c = 0; while (x) { x &= x - 1; c++; } return c; }

int main(void) {
    uint64_t x = 0x0123456789abcdefULL, acc = 0;
    for (int i = 0; i < 64; i++) {
        uint64_t v = x * (uint64_t)(i + 1) ^ (x >> i);
        int pc = __builtin_popcountll(v);
        int cz = v ? __builtin_clzll(v) : 64;
        int tz = v ? __builtin_ctzll(v) : 64;
        if (pc != popcount_naive(v)) printf("popcount mismatch %d\n", i);
        acc = acc * 31 + (uint64_t)(pc * 10000 + cz * 100 + tz);
        acc ^= rotr64(v, i) + rotl32((uint32_t)v, i & 31);
        acc += __builtin_bswap64(v) ^ rev32((uint32_t)(v >> 32));
        acc += (uint64_t)__builtin_parityll(v) + (uint64_t)__builtin_ffsll((long long)v);
    }
    printf("acc=%016llx\n", (unsigned long long)acc);
    uint16_t s = 0xabcd;
    printf("bswap16=%04x clz32=%d ctz32=%d pop32=%d\n", __builtin_bswap16(s),
           __builtin_clz(0x00f00000u), __builtin_ctz(0x00f00000u), __builtin_popcount(0xdeadbeefu));
    /* isolate lowest set bit, round up to power of two, sign trick */
    uint32_t y = 1000;
    uint32_t p = y - 1; p |= p >> 1; p |= p >> 2; p |= p >> 4; p |= p >> 8; p |= p >> 16; p++;
    int32_t z = -77;
    printf("low=%u pow2=%u abs=%d sgn=%d\n", y & -y, p, (z ^ (z >> 31)) - (z >> 31), (z > 0) - (z < 0));
    return 0;
}
