/* Vector forward mode written as <N x T> operations (enzymec/ad/vector/vector_ops.py): each
 * function's width-N tangent must give, bit for bit, what N width-1 calls give (the vector
 * operations are the same IEEE operations lane by lane). Prints one line per check:
 * name, point, lane, the two tangents as hex bits; main's exit status counts mismatches.
 *   poly  (width 4): a loop (tangent phis), selects on primal conditions, fdiv, fneg
 *   mixf  (width 3): float and double mixed (fpext/fptrunc), a width not a power of two
 *   lone  (width 4): one fsub between loads and stores (stays scalar: not worth a vector) */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

extern int enzyme_width, enzyme_dup;
typedef struct { double d[4]; } D4;
typedef struct { double d[3]; } D3;
double __enzyme_fwddiff(void *, ...);
D4 __enzyme_fwddiff4(void *, ...) __asm__("__enzyme_fwddiff");
D3 __enzyme_fwddiff3(void *, ...) __asm__("__enzyme_fwddiff");
void __enzyme_fwddiffv(void *, ...) __asm__("__enzyme_fwddiff");

static double poly(const double *x, int n, double a) {
    double s = a, t = 1.0;
    for (int i = 0; i < n; i++) {
        double v = x[i] > 0 ? x[i] * x[i] : -x[i] / (1.0 + a * a);
        s = s * v + sin(x[i]) * t;
        t = t > 2.0 ? t / s : t + v;
    }
    return s / (1.0 + t * t);
}

static double mixf(double a, float b) {
    float q = b * b + (float)a;
    double r = a * q - b / (1.0 + a * a);
    return r > 0 ? r * (double)q : -r;
}

static void lone(const double *x, double *y) { y[0] = x[0] - x[1]; }

static uint64_t bits(double v) { uint64_t u; memcpy(&u, &v, 8); return u; }

static int same(const char *name, int point, int lane, double vec, double one) {
    printf("%s %d %d %016llx %016llx\n", name, point, lane, (unsigned long long)bits(vec),
           (unsigned long long)bits(one));
    return bits(vec) != bits(one);
}

/* seeds: lane k of the width-4 call perturbs x[k] and a by k + 1 (distinct directions) */
static int check_poly(int point, const double *x, double a) {
    double dx[4][4] = {{0}}, da[4];
    for (int k = 0; k < 4; k++) { dx[k][k] = 1.0; dx[k][(k + 1) % 4] = 0.5; da[k] = k + 1.0; }
    D4 r = __enzyme_fwddiff4((void *)poly, enzyme_width, 4, enzyme_dup, x, dx[0], dx[1], dx[2],
                             dx[3], 4, a, da[0], da[1], da[2], da[3]);
    int bad = 0;
    for (int k = 0; k < 4; k++)
        bad += same("poly", point, k, r.d[k],
                    __enzyme_fwddiff((void *)poly, enzyme_dup, x, dx[k], 4, a, da[k]));
    return bad;
}

static int check_mixf(int point, double a, float b) {
    D3 r = __enzyme_fwddiff3((void *)mixf, enzyme_width, 3, a, 1.0, 0.0, -2.0, b, 0.0f, 1.0f,
                             0.25f);
    double one[3] = {__enzyme_fwddiff((void *)mixf, a, 1.0, b, 0.0f),
                     __enzyme_fwddiff((void *)mixf, a, 0.0, b, 1.0f),
                     __enzyme_fwddiff((void *)mixf, a, -2.0, b, 0.25f)};
    int bad = 0;
    for (int k = 0; k < 3; k++) bad += same("mixf", point, k, r.d[k], one[k]);
    return bad;
}

static int check_lone(int point, const double *x) {
    double dx[4][2] = {{1, 0}, {0, 1}, {1, 1}, {0.5, -3}}, y[1], dy[4][1], dy1[1];
    __enzyme_fwddiffv((void *)lone, enzyme_width, 4, enzyme_dup, x, dx[0], dx[1], dx[2], dx[3],
                      enzyme_dup, y, dy[0], dy[1], dy[2], dy[3]);
    int bad = 0;
    for (int k = 0; k < 4; k++) {
        __enzyme_fwddiffv((void *)lone, enzyme_dup, x, dx[k], enzyme_dup, y, dy1);
        bad += same("lone", point, k, dy[k][0], dy1[0]);
    }
    return bad;
}

int main(void) {
    uint64_t state = 2026;
    int bad = 0;
    for (int point = 0; point < 12; point++) {
        double x[4];
        for (int i = 0; i < 4; i++) {  /* splitmix64: both signs, so every select arm */
            uint64_t z = (state += 0x9e3779b97f4a7c15ull);
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
            x[i] = ((double)((z ^ (z >> 31)) >> 11) / 9007199254740992.0) * 3.0 - 1.5;
        }
        bad += check_poly(point, x, x[0] * 0.5);
        bad += check_mixf(point, x[1], (float)x[2]);
        bad += check_lone(point, x);
    }
    return bad;
}
