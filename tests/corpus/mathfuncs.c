/* math.h functions called on runtime values: trig, exp/log, pow, hypot, fmod, rounding, classification. */
#include <stdio.h>
#include <math.h>

static volatile double in[] = {0.1, 0.5, 1.0, 2.5, 10.0, 123.456, 1e-5};

int main(void) {
    for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++) {
        double x = in[i];
        printf("%g: %.17g %.17g %.17g %.17g %.17g\n", x, sin(x), cos(x), tan(x), atan(x), atan2(x, -1.0));
        printf("  %.17g %.17g %.17g %.17g %.17g\n", exp(x), log(x), log10(x), log2(x), sqrt(x));
        printf("  %.17g %.17g %.17g %.17g\n", pow(x, 1.7), cbrt(x), hypot(x, 3.0), fmod(x * 7, 1.3));
        printf("  %.17g %.17g %.17g %.17g %.17g\n", floor(x * 3.3), ceil(x * 3.3), round(x * 3.3), trunc(-x * 3.3), rint(x * 2.5));
        printf("  %.9g %.9g %.9g\n", (double)sinf((float)x), (double)expf((float)x), (double)sqrtf((float)x));
    }
    double nan_v = in[0] - in[0]; nan_v = nan_v / nan_v;
    volatile double zero = 0.0;
    double inf_v = 1.0 / zero;
    printf("class %d %d %d %d %d\n", isnan(nan_v) != 0, isinf(inf_v) != 0, isfinite(in[4]) != 0, signbit(-zero) != 0, fpclassify(1e-310) == FP_SUBNORMAL);
    int e; double m = frexp(in[5], &e);
    printf("frexp %.17g %d ldexp %.17g modf", m, e, ldexp(m, e + 3));
    double ip; double fp = modf(in[5], &ip); printf(" %.17g %.17g\n", ip, fp);
    printf("misc %.17g %.17g %.17g %.17g\n", fabs(-in[3]), copysign(in[2], -1.0), fmax(in[1], in[2]), fmin(nan_v, in[3]));
    printf("hyper %.17g %.17g %.17g %.17g\n", sinh(in[3]), cosh(in[3]), tanh(in[3]), asinh(in[3]));
    printf("special %.17g %.17g %.17g\n", erf(in[1]), tgamma(in[3]), lgamma(in[4]));
    return 0;
}
