/* Designated initializers (arrays, nested structs, ranges), compound literals, zero-filling rules. */
#include <stdio.h>

struct point { int x, y; };
struct rect { struct point tl, br; const char *name; int flags[4]; };
enum color { RED, GREEN, BLUE, NCOLORS };
static const char *color_names[NCOLORS] = {[BLUE] = "blue", [RED] = "red", [GREEN] = "green"};
static int sparse[20] = {[3] = 3, [10] = 10, [15] = 15, [0 ... 2] = 7};

static int area(struct rect r) { return (r.br.x - r.tl.x) * (r.br.y - r.tl.y); }
static int sum_pts(const struct point *p, int n) { int s = 0; for (int i = 0; i < n; i++) s += p[i].x * p[i].y; return s; }

int main(void) {
    struct rect r = {.br = {.y = 20, .x = 30}, .name = "box", .flags[2] = 9, .tl.x = 5};
    printf("rect %d %d %d %d %s %d %d %d %d area=%d\n", r.tl.x, r.tl.y, r.br.x, r.br.y, r.name, r.flags[0], r.flags[1], r.flags[2], r.flags[3], area(r));
    for (int i = 0; i < NCOLORS; i++) printf("%s ", color_names[i]);
    printf("\n");
    int s = 0; for (int i = 0; i < 20; i++) s = s * 3 + sparse[i];
    printf("sparse %d\n", s);
    printf("literal %d\n", area((struct rect){{1, 2}, {4, 8}, "lit", {0}}));
    printf("pts %d\n", sum_pts((struct point[]){{1, 2}, {3, 4}, {5, 6}}, 3));
    int *arr = (int[]){9, 8, 7, 6};
    arr[1] += 100;
    printf("arr %d %d\n", arr[1], arr[3]);
    struct point *pp = &(struct point){.y = 7};
    pp->x = pp->y * 2;
    printf("ptr %d %d\n", pp->x, pp->y);
    char msg[16] = {[5] = 'x'};
    int zeros = 0; for (int i = 0; i < 16; i++) zeros += msg[i] == 0;
    printf("zeros %d\n", zeros);
    return 0;
}
