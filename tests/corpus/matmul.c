/* Dense matrix multiply (naive ijk, blocked, transposed), LU decomposition solve, in double and float. */
#include <stdio.h>

#define N 48
static double A[N][N], B[N][N], C[N][N], D[N][N];

static void mm_naive(void) { for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { double s = 0; for (int k = 0; k < N; k++) s += A[i][k] * B[k][j]; C[i][j] = s; } }
static void mm_blocked(void) {
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) D[i][j] = 0;
    for (int ii = 0; ii < N; ii += 16) for (int kk = 0; kk < N; kk += 16) for (int jj = 0; jj < N; jj += 16)
        for (int i = ii; i < ii + 16; i++) for (int k = kk; k < kk + 16; k++) { double a = A[i][k]; for (int j = jj; j < jj + 16; j++) D[i][j] += a * B[k][j]; }
}
static void lu_solve(int n, double m[n][n], double *b) {
    for (int k = 0; k < n; k++) {
        int p = k; for (int i = k + 1; i < n; i++) if ((m[i][k] < 0 ? -m[i][k] : m[i][k]) > (m[p][k] < 0 ? -m[p][k] : m[p][k])) p = i;
        for (int j = 0; j < n; j++) { double t = m[k][j]; m[k][j] = m[p][j]; m[p][j] = t; }
        double t = b[k]; b[k] = b[p]; b[p] = t;
        for (int i = k + 1; i < n; i++) { double f = m[i][k] / m[k][k]; for (int j = k; j < n; j++) m[i][j] -= f * m[k][j]; b[i] -= f * b[k]; }
    }
    for (int i = n - 1; i >= 0; i--) { double s = b[i]; for (int j = i + 1; j < n; j++) s -= m[i][j] * b[j]; b[i] = s / m[i][i]; }
}

int main(void) {
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { A[i][j] = (double)((i * 13 + j * 7) % 17) / 8.0 - 1.0; B[i][j] = (double)((i * 5 + j * 11) % 19) / 9.0; }
    mm_naive(); mm_blocked();
    double tr = 0, diff = 0;
    for (int i = 0; i < N; i++) { tr += C[i][i]; for (int j = 0; j < N; j++) diff += C[i][j] - D[i][j]; }
    printf("trace %.17g corner %.17g diff %.17g\n", tr, C[N - 1][0], diff);
    double m[8][8], b[8];
    for (int i = 0; i < 8; i++) { for (int j = 0; j < 8; j++) m[i][j] = 1.0 / (i + j + 1) + (i == j); b[i] = i + 1; }
    lu_solve(8, m, b);
    for (int i = 0; i < 8; i++) printf("%.17g%c", b[i], i == 7 ? '\n' : ' ');
    float fa[16][16], fc[16][16];
    for (int i = 0; i < 16; i++) for (int j = 0; j < 16; j++) fa[i][j] = (float)(i - j) * 0.125f;
    for (int i = 0; i < 16; i++) for (int j = 0; j < 16; j++) { float s = 0; for (int k = 0; k < 16; k++) s += fa[i][k] * fa[j][k]; fc[i][j] = s; }
    printf("float %.9g %.9g\n", (double)fc[3][7], (double)fc[15][15]);
    return 0;
}
