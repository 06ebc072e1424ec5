/* Variable-length arrays (incl. 2-D VLAs and VLA parameters), alloca, stacksave/restore in loops. */
#include <stdio.h>
#include <alloca.h>
#include <string.h>

static long vla_sum(int rows, int cols, int a[rows][cols]) {
    long s = 0;
    for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) s += a[i][j] * (i + 1);
    return s;
}

static int pascal_row(int n, int k) {
    int row[n + 1];
    for (int i = 0; i <= n; i++) { row[i] = 1; for (int j = i - 1; j > 0; j--) row[j] = (row[j] + row[j - 1]) % 1000007; }
    return row[k];
}

int main(void) {
    long total = 0;
    for (int n = 1; n < 40; n++) {  /* VLA allocated and freed each iteration */
        int buf[n][n + 1];
        for (int i = 0; i < n; i++) for (int j = 0; j <= n; j++) buf[i][j] = i ^ j;
        total += vla_sum(n, n + 1, buf);
    }
    printf("vla %ld\n", total);
    printf("pascal %d %d\n", pascal_row(30, 15), pascal_row(100, 50));
    size_t len = 100;
    char *s = alloca(len);
    memset(s, 'x', len - 1); s[len - 1] = 0;
    for (size_t i = 0; i < len - 1; i += 7) s[i] = (char)('a' + i % 26);
    unsigned h = 0; for (char *p = s; *p; p++) h = h * 33 + (unsigned char)*p;
    printf("alloca %u %zu\n", h, strlen(s));
    int n = 17; double d[n];
    for (int i = 0; i < n; i++) d[i] = 1.0 / (i + 1);
    double acc = 0; for (int i = n - 1; i >= 0; i--) acc += d[i];
    printf("harmonic %.17g size=%zu\n", acc, sizeof d);
    return 0;
}
