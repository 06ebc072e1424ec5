/* goto (forward, backward, out of nested loops), do/while, break/continue, nested loops. */
#include <stdio.h>

static int find_pair(const int *a, int n, int target, int *oi, int *oj) {
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (a[i] + a[j] == target) { *oi = i; *oj = j; goto found; }
    return 0;
found:
    return 1;
}

static unsigned collatz_steps(unsigned long long n) {
    unsigned steps = 0;
again:
    if (n == 1) return steps;
    n = (n & 1) ? 3 * n + 1 : n / 2;
    steps++;
    goto again;
}

int main(void) {
    int a[] = {3, 9, 14, 2, 8, 21, 5, 11};
    int i = -1, j = -1;
    int ok = find_pair(a, 8, 26, &i, &j);
    printf("pair %d %d %d\n", ok, i, j);
    unsigned best = 0, arg = 0;
    for (unsigned n = 1; n < 3000; n++) { unsigned s = collatz_steps(n); if (s > best) { best = s; arg = n; } }
    printf("collatz %u %u\n", arg, best);
    int k = 0, sum = 0;
    do { sum += k * k; k += 3; } while (k < 100);
    printf("do %d %d\n", k, sum);
    long tri = 0;
    for (int x = 0; x < 30; x++) {
        if (x % 5 == 0) continue;
        for (int y = 0; y < x; y++) {
            if (y > 20) break;
            for (int z = y; z < x; z++) { if ((x + y + z) % 7 == 0) continue; tri += x * y - z; }
        }
    }
    printf("tri %ld\n", tri);
    int w = 1000, it = 0;
    while (1) { w = w * 7 % 1009; it++; if (w == 1000 || it > 5000) break; }
    printf("cycle %d\n", it);
    return 0;
}
