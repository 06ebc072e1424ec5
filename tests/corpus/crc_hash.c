/* Checksums and hashes: CRC-32 (bitwise and table), Adler-32, FNV-1a, MurmurHash3 finalizer, xorshift PRNG. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint32_t crc_table[256];
static void crc_init(void) { for (uint32_t i = 0; i < 256; i++) { uint32_t c = i; for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1))); crc_table[i] = c; } }
static uint32_t crc_tab(const uint8_t *p, size_t n) { uint32_t c = ~0u; while (n--) c = crc_table[(c ^ *p++) & 0xff] ^ (c >> 8); return ~c; }
static uint32_t crc_bit(const uint8_t *p, size_t n) { uint32_t c = ~0u; while (n--) { c ^= *p++; for (int k = 0; k < 8; k++) c = c & 1 ? (c >> 1) ^ 0xEDB88320u : c >> 1; } return ~c; }
static uint32_t adler(const uint8_t *p, size_t n) { uint32_t a = 1, b = 0; while (n--) { a = (a + *p++) % 65521; b = (b + a) % 65521; } return b << 16 | a; }
static uint64_t fnv1a(const uint8_t *p, size_t n) { uint64_t h = 14695981039346656037ULL; while (n--) { h ^= *p++; h *= 1099511628211ULL; } return h; }
static uint64_t fmix64(uint64_t k) { k ^= k >> 33; k *= 0xff51afd7ed558ccdULL; k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ULL; k ^= k >> 33; return k; }
static uint64_t xs_state = 88172645463325252ULL;
static uint64_t xorshift(void) { xs_state ^= xs_state << 13; xs_state ^= xs_state >> 7; xs_state ^= xs_state << 17; return xs_state; }

int main(void) {
    crc_init();
    const char *s = "The quick brown fox jumps over the lazy dog";
    size_t n = strlen(s);
    printf("crc %08x %08x adler %08x fnv %016llx\n", crc_tab((const uint8_t *)s, n), crc_bit((const uint8_t *)s, n), adler((const uint8_t *)s, n), (unsigned long long)fnv1a((const uint8_t *)s, n));
    static uint8_t buf[65536];
    for (size_t i = 0; i < sizeof buf; i++) buf[i] = (uint8_t)xorshift();
    printf("big crc %08x adler %08x fnv %016llx\n", crc_tab(buf, sizeof buf), adler(buf, sizeof buf), (unsigned long long)fnv1a(buf, sizeof buf));
    uint64_t acc = 0; for (uint64_t i = 0; i < 10000; i++) acc ^= fmix64(i * 0x9E3779B97F4A7C15ULL);
    printf("murmur %016llx next %016llx\n", (unsigned long long)acc, (unsigned long long)xorshift());
    return 0;
}
