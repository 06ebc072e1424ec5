/* Direct recursion (fib, ackermann, hanoi), mutual recursion (even/odd, Hofstadter F/M), tail calls. */
#include <stdio.h>

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static unsigned ack(unsigned m, unsigned n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}
static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static int hof_m(int n);
static int hof_f(int n) { return n == 0 ? 1 : n - hof_m(hof_f(n - 1)); }
static int hof_m(int n) { return n == 0 ? 0 : n - hof_f(hof_m(n - 1)); }
static long moves;
static void hanoi(int n, int from, int to, int via) {
    if (!n) return;
    hanoi(n - 1, from, via, to); moves += from * 3 + to; hanoi(n - 1, via, to, from);
}
static unsigned long gcd(unsigned long a, unsigned long b) { return b ? gcd(b, a % b) : a; }
static long sum_tail(long n, long acc) { return n == 0 ? acc : sum_tail(n - 1, acc + n); }

int main(void) {
    printf("fib %ld\n", fib(25));
    printf("ack %u %u\n", ack(2, 3), ack(3, 5));
    printf("parity %d %d\n", is_even(1001), is_odd(777));
    for (int i = 0; i < 20; i++) printf("%d:%d ", hof_f(i), hof_m(i));
    printf("\n");
    hanoi(12, 1, 3, 2);
    printf("hanoi %ld\n", moves);
    printf("gcd %lu\n", gcd(1071UL * 1000003, 462UL * 1000003));
    printf("tail %ld\n", sum_tail(50000, 0));
    return 0;
}
