/* qsort and bsearch with comparators over ints, doubles, strings and structs (stable key tie-break). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct person { char name[12]; int age; };
static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_dbl_desc(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x < y) - (x > y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
static int cmp_person(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    if (p->age != q->age) return p->age - q->age;
    return strcmp(p->name, q->name);
}

int main(void) {
    int a[300]; unsigned x = 2463534242u;
    for (int i = 0; i < 300; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; a[i] = (int)(x % 10000) - 5000; }
    qsort(a, 300, sizeof a[0], cmp_int);
    long h = 0; for (int i = 0; i < 300; i++) h = h * 7 + a[i];
    printf("ints %d %d %d h=%ld\n", a[0], a[150], a[299], h);
    int key = a[123]; int *f = bsearch(&key, a, 300, sizeof a[0], cmp_int);
    printf("found %d\n", f && *f == key);
    double d[50]; for (int i = 0; i < 50; i++) d[i] = (double)((i * 7919) % 101) / 7.0;
    qsort(d, 50, sizeof d[0], cmp_dbl_desc);
    printf("dbl %.17g %.17g\n", d[0], d[49]);
    const char *w[] = {"pear", "apple", "fig", "banana", "cherry", "date", "apricot"};
    qsort(w, 7, sizeof w[0], cmp_str);
    for (int i = 0; i < 7; i++) printf("%s ", w[i]);
    printf("\n");
    struct person ps[] = {{"zoe", 30}, {"adam", 25}, {"eve", 30}, {"bob", 25}, {"carl", 40}};
    qsort(ps, 5, sizeof ps[0], cmp_person);
    for (int i = 0; i < 5; i++) printf("%s:%d ", ps[i].name, ps[i].age);
    printf("\n");
    return 0;
}
