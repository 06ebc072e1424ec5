/* Multi-dimensional arrays, pointer-to-array parameters, array decay, static 3-D tables. */
#include <stdio.h>

#define N 6
static int cube[4][5][6];

static long trace_power(int (*m)[N], int k) {
    int a[N][N], b[N][N];
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) a[i][j] = m[i][j];
    for (int p = 1; p < k; p++) {
        for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) {
            long s = 0; for (int t = 0; t < N; t++) s += (long)a[i][t] * m[t][j];
            b[i][j] = (int)(s % 1000003);
        }
        for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) a[i][j] = b[i][j];
    }
    long tr = 0; for (int i = 0; i < N; i++) tr += a[i][i];
    return tr;
}

static int sum_row(const int *row, int n) { int s = 0; while (n--) s += *row++; return s; }

int main(void) {
    int m[N][N];
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) m[i][j] = (i * 7 + j * 3) % 11 - 4;
    printf("trace %ld\n", trace_power(m, 5));
    for (int i = 0; i < 4; i++) for (int j = 0; j < 5; j++) for (int k = 0; k < 6; k++) cube[i][j][k] = i * 100 + j * 10 + k;
    long s = 0;
    for (int i = 0; i < 4; i++) s += sum_row(&cube[i][0][0], 30);
    printf("cube %ld last=%d flat=%d\n", s, cube[3][4][5], (&cube[0][0][0])[119]);
    char grid[3][8] = {"abc", "defgh", "ij"};
    for (int i = 0; i < 3; i++) printf("%s|", grid[i]);
    printf(" sizes %zu %zu\n", sizeof grid, sizeof grid[0]);
    int (*p)[5][6] = cube + 2;
    printf("ptr %d %td\n", p[1][2][3], (char *)(p + 1) - (char *)p);
    return 0;
}
