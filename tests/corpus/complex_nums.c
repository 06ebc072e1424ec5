/* complex.h: arithmetic (incl. complex division/multiply libcalls), cexp, csqrt, cabs, carg, conj, float complex. */
#include <stdio.h>
#include <complex.h>

static volatile double re = 0.75, im = -1.25;

static void show(const char *tag, double complex z) { printf("%s %.17g %.17g\n", tag, creal(z), cimag(z)); }

int main(void) {
    double complex z = re + im * I, w = 2.0 - 0.5 * I;
    show("mul", z * w);
    show("div", z / w);
    show("conj", conj(z));
    printf("abs %.17g arg %.17g\n", cabs(z), carg(z));
    show("exp", cexp(z));
    show("sqrt", csqrt(z));
    show("log", clog(w));
    show("pow", cpow(z, w));
    double complex acc = 1.0;
    for (int k = 0; k < 12; k++) acc = acc * (1.0 + z / (k + 1.0));
    show("prod", acc);
    float complex fz = (float)re + (float)im * I;
    fz = fz * fz / (1.0f + fz);
    printf("float %.9g %.9g\n", (double)crealf(fz), (double)cimagf(fz));
    long double complex lz = (long double)re + (long double)im * I;
    lz = lz * lz;
    printf("ldouble %.21Lg %.21Lg\n", creall(lz), cimagl(lz));
    return 0;
}
