/* setjmp/longjmp: error unwinding out of nested calls, volatile locals surviving the jump, retry loops. */
#include <stdio.h>
#include <setjmp.h>

static jmp_buf env;
static int depth_reached;

static void dive(int d, int limit) {
    depth_reached = d;
    if (d == limit) longjmp(env, d * 10 + 1);
    dive(d + 1, limit);
}

static int safe_div(int a, int b, jmp_buf *err) { if (b == 0) longjmp(*err, 42); return a / b; }

int main(void) {
    for (int lim = 1; lim <= 5; lim++) {
        int r = setjmp(env);
        if (r == 0) dive(0, lim * 3);
        else printf("jumped %d depth %d\n", r, depth_reached);
    }
    jmp_buf e;
    volatile int ok = 0, failed = 0;
    int divisors[] = {3, 0, 5, 0, 7};
    for (volatile int i = 0; i < 5; i++) {
        if (setjmp(e) == 0) ok += safe_div(100, divisors[i], &e);
        else failed++;
    }
    printf("ok=%d failed=%d\n", ok, failed);
    volatile int tries = 0;
    jmp_buf retry;
    if (setjmp(retry) < 3) { tries++; if (tries < 3) longjmp(retry, tries); }
    printf("tries=%d\n", tries);
    return 0;
}
