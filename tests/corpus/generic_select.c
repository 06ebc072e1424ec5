/* _Generic type dispatch, typeof, statement expressions, and type-generic macros over many types. */
#include <stdio.h>
#include <stdint.h>

#define TYPENAME(x) _Generic((x), _Bool: "bool", char: "char", signed char: "schar", unsigned char: "uchar", \
    short: "short", int: "int", unsigned: "unsigned", long: "long", unsigned long: "ulong", long long: "llong", \
    float: "float", double: "double", long double: "ldouble", char *: "char*", const char *: "const char*", default: "other")
#define ABS(x) _Generic((x), int: abs_i, long: abs_l, double: abs_d, float: abs_f)(x)
#define MAX(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })
#define SWAP(a, b) do { __typeof__(a) _t = (a); (a) = (b); (b) = _t; } while (0)

static int abs_i(int x) { return x < 0 ? -x : x; }
static long abs_l(long x) { return x < 0 ? -x : x; }
static double abs_d(double x) { return x < 0 ? -x : x; }
static float abs_f(float x) { return x < 0 ? -x : x; }

int main(void) {
    char c = 'a'; short s = 1; unsigned u = 2; float f = 1; long double ld = 2; char *p = &c; const char *cp = "x";
    printf("%s %s %s %s %s %s %s %s\n", TYPENAME(c), TYPENAME(s), TYPENAME(u), TYPENAME(f), TYPENAME(ld), TYPENAME(p), TYPENAME(cp), TYPENAME(s + s));
    printf("%s %s %s %s\n", TYPENAME(1UL), TYPENAME(1LL), TYPENAME((_Bool)1), TYPENAME(&s));
    printf("abs %d %ld %.17g %.9g\n", ABS(-3), ABS(-40000000000L), ABS(-2.5), (double)ABS(-1.25f));
    int i = 0, j = 10;
    int m = MAX(i++, j--);
    printf("max %d %d %d %.17g\n", m, i, j, MAX(1.5, 2));
    SWAP(i, j);
    printf("swap %d %d\n", i, j);
    int total = ({ int t = 0; for (int k = 0; k < 10; k++) t += k * k; t; });
    printf("stmtexpr %d\n", total);
    __typeof__(uint16_t) w = 65535; w++;
    printf("typeof %u\n", (unsigned)w);
    return 0;
}
