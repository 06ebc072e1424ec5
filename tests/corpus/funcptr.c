/* Function pointers: dispatch tables, callbacks, pointers returned from functions, qsort-like use. */
#include <stdio.h>

typedef double (*binop)(double, double);
static double add(double a, double b) { return a + b; }
static double sub(double a, double b) { return a - b; }
static double mul(double a, double b) { return a * b; }
static double dvd(double a, double b) { return a / b; }
static const binop table[4] = {add, sub, mul, dvd};

static binop pick(char c) {
    switch (c) { case '+': return add; case '-': return sub; case '*': return mul; default: return dvd; }
}

typedef int (*pred)(int);
static int is_even(int x) { return x % 2 == 0; }
static int is_big(int x) { return x > 50; }
static int count_if(const int *a, int n, pred p) { int c = 0; for (int i = 0; i < n; i++) c += p(a[i]) != 0; return c; }

struct op { const char *name; long (*fn)(long); };
static long sq(long x) { return x * x; }
static long neg(long x) { return -x; }
static long inc(long x) { return x + 1; }

static long apply_n(long (*f)(long), long x, int n) { while (n--) x = f(x); return x; }

int main(void) {
    double v = 1.5;
    for (int i = 0; i < 12; i++) v = table[i % 4](v, 1.25 + i);
    printf("table %.17g\n", v);
    const char *ops = "+*-/*+";
    double w = 2.0;
    for (const char *p = ops; *p; p++) w = pick(*p)(w, 3.0);
    printf("pick %.17g\n", w);
    int a[100]; for (int i = 0; i < 100; i++) a[i] = (i * 37) % 101;
    printf("count %d %d\n", count_if(a, 100, is_even), count_if(a, 100, is_big));
    struct op opsv[] = {{"sq", sq}, {"neg", neg}, {"inc", inc}};
    for (int i = 0; i < 3; i++) printf("%s=%ld ", opsv[i].name, apply_n(opsv[i].fn, 3, 3));
    printf("\n");
    void (*volatile vp)(void) = 0;
    printf("null %d\n", vp == 0);
    return 0;
}
