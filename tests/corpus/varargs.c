/* Variadic functions: va_arg of int, long, double, pointers; va_copy; forwarding to vsnprintf. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static double sum_mixed(const char *fmt, ...) {
    va_list ap; double s = 0;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'i': s += va_arg(ap, int); break;
        case 'l': s += (double)va_arg(ap, long long); break;
        case 'd': s += va_arg(ap, double); break;
        case 's': s += (double)strlen(va_arg(ap, const char *)); break;
        }
    }
    va_end(ap);
    return s;
}

static int max_of(int n, ...) {
    va_list ap, ap2; int m = -2147483647 - 1, total = 0;
    va_start(ap, n); va_copy(ap2, ap);
    for (int i = 0; i < n; i++) { int v = va_arg(ap, int); if (v > m) m = v; }
    for (int i = 0; i < n; i++) total += va_arg(ap2, int);
    va_end(ap2); va_end(ap);
    return m * 1000 + total;
}

static int fmt(char *buf, size_t n, const char *f, ...) {
    va_list ap; va_start(ap, f); int r = vsnprintf(buf, n, f, ap); va_end(ap); return r;
}

int main(void) {
    printf("%.17g\n", sum_mixed("idlsdi", 3, 0.5, 10000000000LL, "hello", 2.25, -4));
    /* more than 6 integer and 8 float args forces stack passing */
    printf("%.17g\n", sum_mixed("ididididididididid", 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5));
    printf("%d\n", max_of(9, 4, -2, 17, 8, 99, 3, 0, -50, 12));
    char buf[64];
    int r = fmt(buf, sizeof buf, "%s-%05d-%.3f-%c", "abc", 42, 3.14159, 'z');
    printf("%d %s\n", r, buf);
    return 0;
}
