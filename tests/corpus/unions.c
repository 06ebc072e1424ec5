/* Unions: type punning floats/ints, tagged unions, unions of structs, anonymous unions. */
#include <stdio.h>
#include <stdint.h>

union fbits { float f; uint32_t u; };
union dbits { double d; uint64_t u; unsigned char b[8]; };
enum kind { K_INT, K_DBL, K_STR };
struct value { enum kind k; union { long i; double d; const char *s; }; };

static double as_number(struct value v) {
    switch (v.k) { case K_INT: return (double)v.i; case K_DBL: return v.d; default: return (double)v.s[0]; }
}

int main(void) {
    union fbits fb; fb.f = -1.5f;
    printf("float bits %08x\n", fb.u);
    fb.u += 1;
    printf("next float %.9g\n", (double)fb.f);
    union dbits db; db.d = 3.141592653589793;
    printf("double bits %016llx byte0=%02x byte7=%02x\n", (unsigned long long)db.u, db.b[0], db.b[7]);
    db.u ^= 0x8000000000000000ULL;
    printf("negated %.17g\n", db.d);
    struct value vals[] = {{K_INT, .i = 42}, {K_DBL, .d = 2.5}, {K_STR, .s = "A"}};
    double t = 0; for (int i = 0; i < 3; i++) t += as_number(vals[i]);
    printf("tagged %.17g\n", t);
    /* fast inverse square root style punning */
    float x = 10.0f; union fbits y = {x}; y.u = 0x5f3759dfu - (y.u >> 1);
    float r = y.f * (1.5f - 0.5f * x * y.f * y.f);
    printf("rsqrt %.9g\n", (double)r);
    union { struct { uint16_t lo, hi; } p; uint32_t w; } sp = {.w = 0xcafebabe};
    printf("split %04x %04x\n", sp.p.lo, sp.p.hi);
    return 0;
}
