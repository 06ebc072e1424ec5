/* Integer arithmetic at every width: i8, i16, i32, i64, i128, signed and unsigned. */
#include <stdio.h>
#include <stdint.h>

static volatile int seed = 12345;

static uint64_t mix(uint64_t h, uint64_t v) { return (h ^ v) * 0x100000001b3ULL; }

int main(void) {
    uint64_t h = 0xcbf29ce484222325ULL;
    int8_t a8 = (int8_t)seed; uint8_t u8 = (uint8_t)seed;
    int16_t a16 = (int16_t)(seed * 3); uint16_t u16 = (uint16_t)(seed * 7);
    int32_t a32 = seed * 1001; uint32_t u32 = (uint32_t)seed * 2654435761u;
    int64_t a64 = (int64_t)seed * 1000003; uint64_t u64 = (uint64_t)seed * 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < 200; i++) {
        u8 = (uint8_t)(u8 * 37 + 11); a8 = (int8_t)(a8 ^ (int8_t)u8);
        u16 = (uint16_t)(u16 * 31 + (uint16_t)a8); a16 = (int16_t)(a16 / 3 + (int16_t)(u16 >> 3));
        u32 = u32 * 1664525u + 1013904223u; a32 = (int32_t)(u32 >> 1) / (a16 | 1);
        u64 = u64 * 6364136223846793005ULL + 1442695040888963407ULL;
        a64 = (int64_t)(u64 >> 2) % ((int64_t)a32 | 1);
        h = mix(h, u8); h = mix(h, (uint64_t)(int64_t)a8); h = mix(h, u16);
        h = mix(h, (uint64_t)(int64_t)a16); h = mix(h, u32); h = mix(h, (uint64_t)a32);
        h = mix(h, u64); h = mix(h, (uint64_t)a64);
    }
    printf("i8=%d u8=%u i16=%d u16=%u\n", a8, u8, a16, u16);
    printf("i32=%d u32=%u\n", a32, u32);
    printf("i64=%lld u64=%llu\n", (long long)a64, (unsigned long long)u64);
    /* sign/zero extension and truncation */
    int8_t m = -5; uint8_t um = (uint8_t)m;
    printf("ext %d %u %lld %llu\n", (int)m, (unsigned)um, (long long)m, (unsigned long long)(uint32_t)m);
    printf("hash=%016llx\n", (unsigned long long)h);
    return 0;
}
