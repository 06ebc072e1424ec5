/* long double (x87 80-bit) arithmetic and libm: sqrtl, expl, logl, sinl, powl, and precision vs double. */
#include <stdio.h>
#include <math.h>
#include <float.h>

static volatile long double vx = 1.2345678901234567890L;

int main(void) {
    long double x = vx;
    printf("basic %.21Lg %.21Lg %.21Lg\n", x * x, x / 3.0L, x - 1.0L / 3.0L);
    printf("libm %.21Lg %.21Lg %.21Lg\n", sqrtl(x), expl(x), logl(x));
    printf("trig %.21Lg %.21Lg %.21Lg\n", sinl(x), cosl(x), atanl(x));
    printf("pow %.21Lg %.21Lg\n", powl(x, 3.5L), fabsl(-x));
    long double e = 1, term = 1;
    for (int k = 1; k < 30; k++) { term /= k; e += term; }
    printf("e %.21Lg\n", e);
    long double s = 0; double sd = 0;
    for (int k = 1; k <= 10000; k++) { s += 1.0L / ((long double)k * k); sd += 1.0 / ((double)k * k); }
    printf("basel %.21Lg %.17g\n", s, sd);
    printf("eps %Lg %d %d\n", LDBL_EPSILON, LDBL_MANT_DIG, LDBL_MAX_EXP);
    long long ll = (long long)(x * 1e18L);
    unsigned long long ull = (unsigned long long)(x * 1e19L);
    printf("conv %lld %llu %.21Lg\n", ll, ull, (long double)ull);
    printf("cmp %d %d\n", x > 1.2345678901234567L, (double)x == 1.2345678901234567);
    return 0;
}
