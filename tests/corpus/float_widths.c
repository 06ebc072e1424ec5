/* Floating point at every width: _Float16, float, double, long double (x87), plus conversions. */
#include <stdio.h>

static volatile double seed = 1.2345678901234567;
/* volatile stores force rounding to the half type after every operation (no excess precision) */
static volatile _Float16 hv[4];

int main(void) {
    _Float16 h = (_Float16)seed;
    hv[0] = h;
    for (int i = 0; i < 20; i++) {
        hv[1] = hv[0] * hv[0];
        hv[2] = hv[1] - hv[0];
        hv[0] = hv[2] + (_Float16)0.25;
        hv[3] = hv[0] / (_Float16)3.0;
    }
    printf("half %.17g %.17g\n", (double)hv[0], (double)hv[3]);
    float f = (float)seed; double d = seed; long double ld = seed;
    for (int i = 0; i < 50; i++) {
        f = f * 1.0001f + 0.5f / (f + 1.0f);
        d = d * 1.0000001 + 0.5 / (d + 1.0);
        ld = ld * 1.0000001L + 0.5L / (ld + 1.0L);
    }
    printf("float %.9g\n", (double)f);
    printf("double %.17g\n", d);
    printf("ldouble %.21Lg\n", ld);
    printf("conv %d %u %lld %.17g %.17g\n", (int)(f * 1000), (unsigned)(d * 1e6),
           (long long)(ld * 1e12L), (double)(float)d, (double)(ld - (long double)d));
    printf("sizes %zu %zu %zu %zu\n", sizeof(_Float16), sizeof(float), sizeof(double), sizeof(long double));
    float neg = -f; double back = (double)(long long)(-d * 1e9);
    printf("neg %.9g %.17g\n", (double)neg, back);
    return 0;
}
