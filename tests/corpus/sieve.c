/* Sieve of Eratosthenes with a bit array, prime counting, twin primes, and modular exponentiation primality check. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define LIMIT 200000
static uint8_t bits[LIMIT / 8 + 1];
static int is_composite(uint32_t n) { return bits[n >> 3] >> (n & 7) & 1; }
static void mark(uint32_t n) { bits[n >> 3] |= (uint8_t)(1u << (n & 7)); }

static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m) {
    uint64_t r = 1; b %= m;
    while (e) { if (e & 1) r = (unsigned __int128)r * b % m; b = (unsigned __int128)b * b % m; e >>= 1; }
    return r;
}
static int miller_rabin(uint64_t n) {
    if (n < 2) return 0;
    static const uint64_t bases[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
    uint64_t d = n - 1; int s = 0; while (!(d & 1)) { d >>= 1; s++; }
    for (int i = 0; i < 12; i++) {
        uint64_t a = bases[i]; if (a % n == 0) continue;
        uint64_t x = powmod(a, d, n); if (x == 1 || x == n - 1) continue;
        int comp = 1; for (int r = 1; r < s; r++) { x = (unsigned __int128)x * x % n; if (x == n - 1) { comp = 0; break; } }
        if (comp) return 0;
    }
    return 1;
}

int main(void) {
    memset(bits, 0, sizeof bits); mark(0); mark(1);
    for (uint32_t i = 2; i * i < LIMIT; i++) if (!is_composite(i)) for (uint32_t j = i * i; j < LIMIT; j += i) mark(j);
    int count = 0, twins = 0; uint64_t sum = 0; uint32_t last = 0;
    for (uint32_t i = 2; i < LIMIT; i++) if (!is_composite(i)) { count++; sum += i; if (last && i - last == 2) twins++; last = i; }
    printf("primes %d twins %d sum %llu last %u\n", count, twins, (unsigned long long)sum, last);
    int agree = 1; for (uint32_t i = 0; i < 20000; i++) agree &= miller_rabin(i) == !is_composite(i);
    printf("agree %d\n", agree);
    uint64_t big[] = {1000000007ULL, 998244353ULL, 18446744073709551557ULL, 18446744073709551555ULL, 4611686018427387903ULL};
    for (int i = 0; i < 5; i++) printf("%d", miller_rabin(big[i]));
    printf("\n");
    return 0;
}
