/* Float/int conversions at the edges: saturation-free casts, rounding modes of printf, NaN/inf, denormals, fptoui. */
#include <stdio.h>
#include <stdint.h>
#include <math.h>
#include <float.h>

static volatile double vals[] = {0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 1e-320, 4294967295.0, 9007199254740993.0, 1.7976931348623157e308, -123456789.987654321};

int main(void) {
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        double d = vals[i];
        float f = (float)d;
        printf("%.17g -> f %.9g", d, (double)f);
        if (fabs(d) < 2e9) printf(" i32 %d", (int32_t)d);
        if (d >= 0 && d < 1.8e19) printf(" u64 %llu", (unsigned long long)d);
        printf(" lrint %ld e %a\n", fabs(d) < 1e18 ? lrint(d) : 0L, d);
    }
    uint64_t u = 0xffffffffffffffffULL; int64_t s = INT64_MIN;
    printf("u64->d %.17g f %.9g s64->d %.17g\n", (double)u, (double)(float)u, (double)s);
    uint64_t odd = (1ULL << 53) + 1; uint32_t u32 = 4294967295u;
    printf("round %.17g %.9g %.17g\n", (double)odd, (double)(float)u32, (double)(u32 / 2));
    printf("limits %.17g %.9g %.17g %.9g\n", DBL_MIN, (double)FLT_MIN, DBL_EPSILON, (double)FLT_EPSILON);
    volatile double z = 0;
    double inf = 1 / z, nan_v = z / z;
    printf("special %g %g %d %d %d\n", inf, -inf, nan_v != nan_v, inf > DBL_MAX, (float)1e39 == (float)inf);
    for (int e = -3; e <= 3; e++) printf("%.3e %.0f %g|", pow(vals[7] / 429496729.5, e * 7) * 1.2345, 2.5 + e, 1.0 / 3 * e);
    printf("\n");
    float acc = 0; for (int i = 0; i < 1000; i++) acc += 0.1f;
    double dacc = 0; for (int i = 0; i < 1000; i++) dacc += 0.1;
    printf("accum %.9g %.17g\n", (double)acc, dacc);
    return 0;
}
