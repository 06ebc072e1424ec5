/* stdio formatting and parsing: printf flags/widths, snprintf truncation, sscanf, strtod/strtoll, fputs/puts/putchar. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>
#include <stddef.h>

int main(void) {
    printf("[%5d][%-5d][%05d][%+d][% d][%x][%#X][%o][%#o]\n", 42, 42, 42, 42, 42, 255, 255, 8, 8);
    printf("[%8.3f][%-8.2e][%G][%.0f][%#.0f][%10.4s][%-6s|][%c]\n", 3.14159, 12345.678, 1e-10, 2.5, 3.0, "abcdefgh", "ab", 'Q');
    printf("[%" PRId64 "][%" PRIu64 "][%" PRIx32 "][%zu][%td][%hhd][%hu]\n", INT64_MIN, UINT64_MAX, 0xdeadbeefu, (size_t)12345, (ptrdiff_t)-7, (signed char)200, (unsigned short)70000);
    printf("[%*d][%-*.*f][%%]\n", 6, 7, 10, 3, 1.0 / 7);
    char buf[16];
    int n = snprintf(buf, sizeof buf, "%s and %s and more", "this", "that");
    printf("snprintf %d [%s]\n", n, buf);
    int a, b; char word[16]; double x; unsigned h;
    int got = sscanf("12 -34 hello 6.25e2 ff", "%d %d %15s %lf %x", &a, &b, word, &x, &h);
    printf("sscanf %d %d %d %s %.17g %u\n", got, a, b, word, x, h);
    char *end;
    double d = strtod("  -1.5e-3xyz", &end);
    long long ll = strtoll("9223372036854775807", NULL, 10);
    printf("strtod %.17g rest=%s strtoll %lld atoi %d atof %.17g\n", d, end, ll, atoi("  -99z"), atof("0.1"));
    fputs("fputs line\n", stdout);
    puts("puts line");
    for (char c = 'a'; c <= 'e'; c++) putchar(c);
    putchar('\n');
    fprintf(stdout, "%s=%d\n", "fprintf", 7);
    return 0;
}
