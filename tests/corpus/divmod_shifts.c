/* Signed and unsigned division/remainder by constants and variables, and all kinds of shifts. */
#include <stdio.h>
#include <stdint.h>

static volatile int vdiv[] = {1, 2, 3, 7, 10, -1, -3, -7, 16, 1000, -65536};

int main(void) {
    int64_t sum = 0; uint64_t usum = 0;
    for (int n = -1000; n <= 1000; n += 7) {
        sum += n / 3 + n % 3 + n / 8 + n % 8 + n / -5 + n % -5 + n / 1000;
        unsigned u = (unsigned)n;
        usum += u / 3 + u % 3 + u / 8 + u % 8 + u / 1000000007u;
        for (unsigned k = 0; k < sizeof vdiv / sizeof vdiv[0]; k++) {
            int d = vdiv[k];
            sum += n / d * 7 + n % d;
            usum += u / (unsigned)d + u % (unsigned)d;
        }
    }
    printf("sum=%lld usum=%llu\n", (long long)sum, (unsigned long long)usum);
    int64_t big = -9000000000000000000LL; uint64_t ubig = 18000000000000000000ULL;
    printf("64: %lld %lld %llu %llu\n", (long long)(big / 12345), (long long)(big % 12345),
           (unsigned long long)(ubig / 12345), (unsigned long long)(ubig % 12345));
    uint64_t sh = 0;
    for (int s = 0; s < 32; s++) {
        int32_t neg = -123456789; uint32_t pos = 0xdeadbeefu;
        sh = sh * 131 + (uint64_t)(uint32_t)(neg >> s) + (pos >> s) + (uint64_t)(uint32_t)(pos << s);
        sh ^= (uint64_t)((int64_t)neg >> (s * 2)) + ((uint64_t)pos << (s * 2 % 64));
        sh += (uint8_t)((uint8_t)0xf1 >> (s & 7)) + (uint16_t)((int16_t)-300 >> (s & 15));
    }
    printf("shifts=%016llx\n", (unsigned long long)sh);
    return 0;
}
