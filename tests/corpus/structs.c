/* Structs: nested, passed and returned by value (small in registers, large via sret), arrays of structs. */
#include <stdio.h>

struct vec2 { double x, y; };
struct small { int a; char b; short c; };
struct mixed { float f; int i; };
struct big { long v[9]; struct vec2 p; char tag[5]; };
struct node { struct vec2 pos; struct { int id; struct small s; } meta; };

static struct vec2 vadd(struct vec2 a, struct vec2 b) { return (struct vec2){a.x + b.x, a.y + b.y}; }
static struct small mk_small(int a) { struct small s = {a, (char)(a & 0x7f), (short)(a * 3)}; return s; }
static struct mixed mk_mixed(float f, int i) { struct mixed m = {f * 2, i + 1}; return m; }
static struct big mk_big(long seed) {
    struct big b;
    for (int i = 0; i < 9; i++) b.v[i] = seed * (i + 1);
    b.p = (struct vec2){(double)seed / 3, -(double)seed};
    for (int i = 0; i < 4; i++) b.tag[i] = (char)('a' + (seed + i) % 26);
    b.tag[4] = 0;
    return b;
}
static long sum_big(struct big b) { long s = 0; for (int i = 0; i < 9; i++) s += b.v[i]; return s + (long)b.p.x; }

int main(void) {
    struct vec2 acc = {0, 0};
    for (int i = 0; i < 10; i++) acc = vadd(acc, (struct vec2){i * 0.5, -i * 0.25});
    printf("vec %.17g %.17g\n", acc.x, acc.y);
    struct small s = mk_small(1234);
    printf("small %d %d %d size=%zu\n", s.a, s.b, s.c, sizeof s);
    struct mixed m = mk_mixed(1.5f, 41);
    printf("mixed %.9g %d\n", (double)m.f, m.i);
    struct big b = mk_big(77);
    struct big c = b; c.v[0] = 0;
    printf("big %ld %ld %s %.17g\n", sum_big(b), sum_big(c), b.tag, b.p.x);
    struct node nodes[4];
    for (int i = 0; i < 4; i++) { nodes[i].pos = (struct vec2){i, i * i}; nodes[i].meta.id = i; nodes[i].meta.s = mk_small(i + 60); }
    long t = 0;
    for (int i = 0; i < 4; i++) t += nodes[i].meta.s.c + nodes[i].meta.id * (long)nodes[i].pos.y + nodes[i].meta.s.b;
    printf("nodes %ld size=%zu\n", t, sizeof(struct node));
    return 0;
}
