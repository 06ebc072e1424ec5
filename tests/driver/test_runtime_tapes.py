"""Kept tapes, stacked tapes and kept record chunks of the C runtime (runtime/enzymec_rt.c),
run natively through the real path (as tests/driver/test_runtime_functions.py does).

Kept tapes are given back at the end of a gradient and taken again by the next one (the
same buffer: its pages stay mapped); stacked tapes live on the record stack between the
records pushed around them when small, and become kept tapes when large; released record
chunks are reused. Under valgrind (when installed) no access may be invalid and nothing may
leak definitely (what is kept stays reachable from the thread's state).
"""

from __future__ import annotations

from test_runtime_functions import build, run_checked

KEPT_AND_STACKED = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "enzymec_rt.h"
#define CHECK(c) do { if (!(c)) { printf("line %d: %s\n", __LINE__, #c); return 1; } } while (0)
static int gradient(size_t n, char **buffer_out) {   /* one tape grown by slot, as a loop does */
    struct __enzymec_tape tape = {0, 0};
    for (size_t i = 0; i < n; i++)
        *(double *)__enzymec_kept_tape_slot(&tape, i, sizeof(double)) = (double)i;
    for (size_t i = 0; i < n; i++)
        CHECK(((double *)tape.buffer)[i] == (double)i);
    *buffer_out = tape.buffer;
    __enzymec_kept_tape_release(&tape, sizeof(double));
    return 0;
}
int main(void) {
    /* kept: the second gradient takes the buffer the first one gave back */
    char *first, *second;
    CHECK(gradient(100000, &first) == 0 && gradient(50000, &second) == 0 && first == second);
    struct __enzymec_tape big = {0, 0};
    __enzymec_kept_tape_reserve(&big, 300000, sizeof(double));     /* larger: grown from it */
    CHECK(big.capacity >= 300000);
    memset(big.buffer, 1, 300000 * sizeof(double));
    struct __enzymec_tape other = {0, 0};                           /* none kept: a new one */
    __enzymec_kept_tape_reserve(&other, 10, sizeof(int));
    CHECK(other.capacity >= 10 && other.buffer != big.buffer);
    __enzymec_kept_tape_release(&other, sizeof(int));
    __enzymec_kept_tape_release(&big, sizeof(double));
    struct __enzymec_tape many[12];                                 /* more than are kept */
    for (int k = 0; k < 12; k++) {
        many[k] = (struct __enzymec_tape){0, 0};
        __enzymec_kept_tape_reserve(&many[k], (size_t)(k + 1) * 1000, 1);
        memset(many[k].buffer, k, (size_t)(k + 1) * 1000);
    }
    for (int k = 0; k < 12; k++) {
        for (size_t i = 0; i < (size_t)(k + 1) * 1000; i++)
            CHECK(many[k].buffer[i] == (char)k);
        __enzymec_kept_tape_release(&many[k], 1);
    }
    struct __enzymec_tape empty = {0, 0};
    __enzymec_kept_tape_release(&empty, 8);                         /* never reserved */

    /* stacked: small ones between records, popped in reverse order; a large one is kept */
    unsigned char *r1 = __enzymec_record_push(40);
    struct __enzymec_tape s1 = {0, 0}, s2 = {0, 0}, s3 = {0, 0};
    __enzymec_stack_tape_reserve(&s1, 16, sizeof(double));
    __enzymec_stack_tape_reserve(&s2, 16, sizeof(double));
    CHECK(s1.capacity == 16 && s2.capacity == 16 && s1.buffer > (char *)r1);
    CHECK(s2.buffer >= s1.buffer + 16 * sizeof(double));
    __enzymec_stack_tape_reserve(&s3, 100000, sizeof(double));     /* too large: kept */
    CHECK(s3.capacity >= 100000);
    memset(s3.buffer, 7, 100000 * sizeof(double));
    unsigned char *r2 = __enzymec_record_push(24);
    CHECK(r2 >= (unsigned char *)s2.buffer + 16 * sizeof(double));
    memset(s1.buffer, 1, 128), memset(s2.buffer, 2, 128), memset(r1, 3, 40), memset(r2, 4, 24);
    __enzymec_record_pop(r2);
    __enzymec_stack_tape_release(&s3, sizeof(double));
    CHECK(s3.buffer == NULL);
    CHECK(s2.buffer[127] == 2 && s1.buffer[0] == 1 && r1[39] == 3);
    __enzymec_stack_tape_release(&s2, sizeof(double));
    __enzymec_stack_tape_release(&s1, sizeof(double));
    CHECK(s1.buffer == NULL && s1.capacity == 0);
    __enzymec_record_pop(r1);
    CHECK(__enzymec_record_push(40) == r1);                         /* the stack went back */

    /* record chunks: after emptying the stack, the next pushes reuse the same chunks */
    enum { N = 2000 };
    static unsigned char *rec[N], *again[N];
    for (int round = 0; round < 2; round++) {
        unsigned char **into = round == 0 ? rec : again;
        for (int i = 0; i < N; i++) {
            into[i] = __enzymec_record_push(200);
            memset(into[i], i & 0xff, 200);
        }
        for (int i = N - 1; i >= 0; i--) {
            CHECK(into[i][199] == (unsigned char)(i & 0xff));
            __enzymec_record_pop(into[i]);
        }
    }
    for (int i = 0; i < N; i++)
        CHECK(rec[i] == again[i]);
    puts("ok");
    return 0;
}
"""


def test_kept_and_stacked_tapes(tmp_path):
    run = run_checked(build(tmp_path, "kept_and_stacked", KEPT_AND_STACKED))
    assert run.returncode == 0 and run.stdout == "ok\n", run.stdout + run.stderr
