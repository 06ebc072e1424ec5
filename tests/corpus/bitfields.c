/* Bitfields: signed/unsigned fields, fields straddling bytes, read-modify-write, a packed header. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

struct flags { unsigned a : 1, b : 3, c : 5, d : 7; signed e : 4; unsigned long long f : 40; };
struct hdr { uint32_t version : 4, ihl : 4, tos : 8, len : 16; };

int main(void) {
    struct flags fl; memset(&fl, 0, sizeof fl);
    unsigned long long h = 0;
    for (int i = 0; i < 100; i++) {
        fl.a += 1; fl.b += (unsigned)i; fl.c ^= (unsigned)(i * 3); fl.d -= 5;
        fl.e = (signed)(i % 16) - 8; fl.f = fl.f * 3 + (unsigned long long)i;
        h = h * 1000003 + fl.a + fl.b * 2 + fl.c * 16 + fl.d * 512 + (unsigned long long)(fl.e + 8) * 65536 + fl.f;
    }
    printf("flags %u %u %u %u %d %llu size=%zu\n", fl.a, fl.b, fl.c, fl.d, fl.e, (unsigned long long)fl.f, sizeof fl);
    printf("hash %llu\n", h);
    struct hdr x = {4, 5, 0x2e, 1500};
    uint32_t raw; memcpy(&raw, &x, 4);
    printf("hdr %08x %u %u %u %u\n", raw, x.version, x.ihl, x.tos, x.len);
    raw ^= 0x00ff0000u; memcpy(&x, &raw, 4);
    printf("hdr2 %u %u %u %u\n", x.version, x.ihl, x.tos, x.len);
    struct { signed s : 3; } sv = {-4};
    sv.s += 1;
    printf("s3 %d\n", sv.s);
    return 0;
}
