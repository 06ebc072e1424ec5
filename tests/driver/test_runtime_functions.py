"""The C runtime's functions (runtime/enzymec_rt.c), run natively through the real path.

Each C driver here calls `__enzymec_*` functions directly; enzymec compiles it like any
module that references the runtime (the cached bitcode, linked in internal before
optimization), so these tests check the functions and their linking at once. The drivers
check their own results and print "ok"; under valgrind (when installed) no access may be
invalid and nothing may leak. digamma is compared with values computed here independently
of its algorithm: Gauss's digamma theorem at rationals, then the recurrence.
"""

from __future__ import annotations

import math
import shutil
import subprocess

import pytest

from drivertools import REPO, run_enzymec, write

RUNTIME_DIR = REPO / "runtime"

SHADOW_HEAP = r"""
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "enzymec_rt.h"
#define CHECK(c) do { if (!(c)) { printf("line %d: %s\n", __LINE__, #c); return 1; } } while (0)
static int zeroed(const unsigned char *p, size_t n) {
    for (size_t i = 0; i < n; i++) if (p[i]) return 0;
    return 1;
}
int main(void) {
    static char primal;
    size_t aligns[] = {1, 8, 16, 32, 64, 100, 4096}, wanted[] = {16, 16, 16, 32, 64, 128, 4096};
    for (int k = 0; k < 7; k++) {
        unsigned char *p = __enzymec_shadow_alloc(1000, aligns[k], &primal);
        CHECK(p != NULL && (uintptr_t)p % wanted[k] == 0);
        CHECK(__enzymec_shadow_size(p) >= 1000 && zeroed(p, __enzymec_shadow_size(p)));
        memset(p, 0xab, 1000);
        __enzymec_shadow_free(p, aligns[k]);
    }
    CHECK(__enzymec_shadow_alloc(8, 16, NULL) == NULL);   /* the primal allocation failed */
    CHECK(__enzymec_shadow_size(NULL) == 0);
    __enzymec_shadow_free(NULL, 16);
    double *a = __enzymec_shadow_alloc(3 * sizeof(double), 16, &primal);
    a[0] = 1, a[1] = 2, a[2] = 3;
    double *b = __enzymec_shadow_realloc(a, 5 * sizeof(double), &primal);     /* grow */
    CHECK(b && b != a && b[0] == 1 && b[1] == 2 && b[2] == 3 && b[3] == 0 && b[4] == 0);
    CHECK(__enzymec_shadow_size(b) >= 5 * sizeof(double) && a[2] == 3);       /* old kept */
    /* the old shadow's usable size (at least its 3 doubles), at most the new size */
    size_t moved = __enzymec_shadow_moved(b, a, 5 * sizeof(double));
    CHECK(moved >= 3 * sizeof(double) && moved <= 5 * sizeof(double));
    double *c = __enzymec_shadow_realloc(b, sizeof(double), &primal);          /* shrink */
    CHECK(c && c[0] == 1 && __enzymec_shadow_size(c) >= sizeof(double));
    CHECK(__enzymec_shadow_moved(c, b, sizeof(double)) == sizeof(double));
    double *d = __enzymec_shadow_realloc(NULL, 2 * sizeof(double), &primal);   /* realloc(0, n) */
    CHECK(d && d[0] == 0 && d[1] == 0 && __enzymec_shadow_moved(d, NULL, 16) == 0);
    CHECK(__enzymec_shadow_realloc(c, 64, NULL) == NULL && __enzymec_shadow_moved(NULL, c, 64) == 0);
    unsigned char *e = __enzymec_shadow_realloc(a, 0, &primal);                /* realloc(p, 0) */
    CHECK(e && zeroed(e, __enzymec_shadow_size(e)));
    __enzymec_shadow_free(a, 16), __enzymec_shadow_free(b, 16), __enzymec_shadow_free(c, 16);
    __enzymec_shadow_free(d, 16), __enzymec_shadow_free(e, 16);
    /* a shadow handed to the user is an ordinary block: libc's realloc and free take it */
    unsigned char *u = __enzymec_shadow_alloc(40, 16, &primal), *w = __enzymec_shadow_alloc(40, 64, &primal);
    u = realloc(u, 4000);
    CHECK(u != NULL && zeroed(u, 40));
    free(u), free(w);
    void *block = (void *)&primal;
    int rc = -1;
    void *got = __enzymec_posix_memalign(&block, 64, 100, &rc);
    CHECK(rc == 0 && got == block && (uintptr_t)got % 64 == 0);
    free(got);
    block = (void *)&primal;
    CHECK(__enzymec_posix_memalign(&block, 3, 100, &rc) == NULL && rc != 0);  /* bad alignment */
    CHECK(block == (void *)&primal);
    puts("ok");
    return 0;
}
"""

TAPES_AND_RECORDS = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "enzymec_rt.h"
#define CHECK(c) do { if (!(c)) { printf("line %d: %s\n", __LINE__, #c); return 1; } } while (0)
int main(void) {
    /* a tape grows by slot (64 at least, then doubling) and keeps what it holds */
    struct __enzymec_tape tape = {0, 0};
    for (size_t i = 0; i < 1000; i++)
        *(double *)__enzymec_tape_slot(&tape, i, sizeof(double)) = 0.5 * (double)i;
    CHECK(tape.capacity >= 1000 && tape.capacity < 2048);
    for (size_t i = 0; i < 1000; i++)
        CHECK(((double *)tape.buffer)[i] == 0.5 * (double)i);
    __enzymec_tape_reserve(&tape, 10, sizeof(double));                 /* fits: unchanged */
    size_t before = tape.capacity;
    CHECK(tape.capacity == before);
    __enzymec_tape_reserve(&tape, before + 1, sizeof(double));         /* at least doubles */
    CHECK(tape.capacity == 2 * before && ((double *)tape.buffer)[999] == 499.5);
    free(tape.buffer);
    struct __enzymec_tape exact = {0, 0};
    __enzymec_tape_reserve(&exact, 5, sizeof(int));                     /* first: exact */
    CHECK(exact.capacity == 5);
    free(exact.buffer);

    /* records: a stack across chunks (sizes force several 64 KiB chunks), LIFO */
    enum { N = 300 };
    unsigned char *rec[N];
    size_t size[N];
    for (int i = 0; i < N; i++) {
        size[i] = (size_t)(i * 7919 % 3001) + (i % 50 == 0 ? 70000 : 1);
        rec[i] = __enzymec_record_push(size[i]);
        CHECK(rec[i] != NULL && (size_t)rec[i] % 8 == 0);  /* items are multiples of 8 bytes */
        memset(rec[i], i & 0xff, size[i]);
    }
    for (int i = N - 1; i >= 0; i--) {
        for (size_t k = 0; k < size[i]; k++)
            CHECK(rec[i][k] == (unsigned char)(i & 0xff));
        __enzymec_record_pop(rec[i]);
    }
    void *again = __enzymec_record_push(32);      /* the stack is usable after emptying */
    __enzymec_record_pop(again);
    puts("ok");
    return 0;
}
"""

MEMCPY_ADJOINTS = r"""
#include <stdio.h>
#include <string.h>
#include "enzymec_rt.h"
#define CHECK(c) do { if (!(c)) { printf("line %d: %s\n", __LINE__, #c); return 1; } } while (0)
struct rec { int n; double w; double *p; float f; };
int main(void) {
    /* memmove(a + 1, a, 4 elements): the reverse moves each adjoint back one place */
    double a[6] = {1, 2, 3, 4, 5, 6};
    __enzymec_memcpy_adjoint_double(a + 1, a, 4 * sizeof(double));
    /* new a[1..4] = old a[0..3], so old a[0] gets a[0] + a[1], old a[k] gets a[k+1] for
     * k = 1..3, old a[4] (overwritten, not read) gets nothing */
    double want[6] = {1 + 2, 3, 4, 5, 0, 6};
    for (int i = 0; i < 6; i++) CHECK(a[i] == want[i]);
    double b[6] = {1, 2, 3, 4, 5, 6};
    __enzymec_memcpy_adjoint_double(b, b + 1, 4 * sizeof(double));  /* memmove(b, b + 1) */
    double want_b[6] = {0, 1, 2, 3, 4 + 5, 6};    /* old b[4] feeds new b[3] and stays */
    for (int i = 0; i < 6; i++) CHECK(b[i] == want_b[i]);
    float fd[3] = {1, 2, 3}, fs[3] = {10, 20, 30};
    __enzymec_memcpy_adjoint_float(fd, fs, 3 * sizeof(float));
    CHECK(fd[0] == 0 && fd[2] == 0 && fs[0] == 11 && fs[1] == 22 && fs[2] == 33);
    _Float16 hd[2] = {(_Float16)1.5, (_Float16)2}, hs[2] = {(_Float16)0.25, (_Float16)4};
    __enzymec_memcpy_adjoint_half(hd, hs, sizeof hd);
    CHECK(hd[0] == 0 && hd[1] == 0 && (float)hs[0] == 1.75f && (float)hs[1] == 6.0f);
    __enzymec_memcpy_adjoint_double(a, b, 7);                       /* under one element */
    CHECK(a[0] == 3 && b[0] == 0);

    /* records: copy of 3 records (the last one cut short by the byte count) */
    static double x, y;
    struct rec d[3], s[3];
    for (int i = 0; i < 3; i++) {
        d[i] = (struct rec){i, 10.0 + i, &x, 1.0f + (float)i};
        s[i] = (struct rec){i, 100.0 + i, &y, 2.0f};
    }
    size_t bytes = 2 * sizeof(struct rec) + offsetof(struct rec, f);  /* ends before d[2].f */
    __enzymec_memcpy_field_adjoint_double((char *)d, (char *)s, bytes, sizeof(struct rec),
                                          offsetof(struct rec, w));
    for (int i = 0; i < 3; i++) CHECK(d[i].w == 0 && s[i].w == 110.0 + 2 * i);
    __enzymec_memcpy_field_adjoint_float((char *)d, (char *)s, bytes, sizeof(struct rec),
                                         offsetof(struct rec, f));
    CHECK(d[0].f == 0 && d[1].f == 0 && d[2].f == 3.0f);             /* d[2].f not copied */
    CHECK(s[0].f == 3.0f && s[1].f == 4.0f && s[2].f == 2.0f && d[1].n == 1);
    __enzymec_memcpy_field_pointer((char *)d, (char *)s, bytes, sizeof(struct rec),
                                   offsetof(struct rec, p));
    for (int i = 0; i < 3; i++) CHECK(d[i].p == &y);
    puts("ok");
    return 0;
}
"""

DIGAMMA = r"""
#include <stdio.h>
#include <stdlib.h>
#include "enzymec_rt.h"
int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++)
        printf("%.17g\n", __enzymec_digamma(strtod(argv[i], NULL)));
    return 0;
}
"""

CHECK_SHADOW = r"""
#include <stdio.h>
#include "enzymec_rt.h"
int main(int argc, char **argv) {
    double a = 1, b = 2;
    __enzymec_check_shadow(&a, &b, "distinct");
    __enzymec_check_shadow(NULL, NULL, "null");
    puts("passed");
    fflush(stdout);
    __enzymec_check_shadow(&a, argc > 1 ? &a : &b, "x.c:3: error: the shadow of x");
    puts("not stopped");
    return 0;
}
"""


# __enzymec_shadow_bits (the pretest of a short loop's shadow, shadow_pretest.py): nonzero
# exactly when one of the region's bytes is, for every length from 0 to 300 (the two
# overlapping windows of 8 to 128 bytes, the loop outside them) and every byte of it set to
# 0x80 (-0.0's last byte); each region ends at an unreadable page (a read past its end
# faults) and follows bytes of 0xff (a read before its start would show).
SHADOW_BITS = r"""
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS under -std=c11 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "enzymec_rt.h"
#define CHECK(c) do { if (!(c)) { printf("line %d: %s\n", __LINE__, #c); return 1; } } while (0)
int main(void) {
    long page = sysconf(_SC_PAGESIZE);
    unsigned char *m = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                            -1, 0);
    CHECK(m != MAP_FAILED && mprotect(m + page, page, PROT_NONE) == 0);
    memset(m, 0xff, page);
    long tested = 0;
    for (size_t bytes = 0; bytes <= 300; bytes++) {
        unsigned char *starts[2] = {m + page - bytes, m + 1 + bytes % 8};
        for (int s = 0; s < 2; s++) {
            unsigned char *p = starts[s];
            memset(p, 0, bytes);
            if (s == 1) p[bytes] = 0xff;
            CHECK(__enzymec_shadow_bits(p, bytes) == 0);
            for (size_t k = 0; k < bytes; k++, tested++) {
                p[k] = 0x80;
                CHECK(__enzymec_shadow_bits(p, bytes) != 0);
                p[k] = 0;
            }
            memset(p, 0xff, bytes);
        }
    }
    CHECK(tested == 2 * (300 * 301 / 2));
    munmap(m, 2 * page);
    puts("ok");
    return 0;
}
"""


def build(tmp_path, name: str, source: str, *flags: str):
    write(tmp_path, f"{name}.c", source)
    run_enzymec("-O2", "-std=c11", "-I", RUNTIME_DIR, f"{name}.c", "-o", name, *flags,
                cwd=tmp_path, check=True)
    return tmp_path / name


def run_checked(exe, *args) -> subprocess.CompletedProcess:
    command = [str(exe), *map(str, args)]
    if shutil.which("valgrind"):
        command = ["valgrind", "--quiet", "--error-exitcode=99", "--leak-check=full",
                   "--errors-for-leak-kinds=definite", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("name, source", [("shadow_heap", SHADOW_HEAP),
                                          ("tapes_and_records", TAPES_AND_RECORDS),
                                          ("memcpy_adjoints", MEMCPY_ADJOINTS),
                                          ("shadow_bits", SHADOW_BITS)])
def test_runtime_function_driver(tmp_path, name, source):
    run = run_checked(build(tmp_path, name, source))
    assert run.returncode == 0 and run.stdout == "ok\n", run.stdout + run.stderr


# -- digamma ---------------------------------------------------------------------------------
EULER_GAMMA = 0.57721566490153286061


def gauss_digamma(p: int, q: int) -> float:
    """psi(p/q) for 0 < p < q by Gauss's digamma theorem (a finite closed form)."""
    total = -EULER_GAMMA - math.log(2 * q) - math.pi / 2 / math.tan(math.pi * p / q)
    for n in range(1, (q + 1) // 2):
        total += 2 * math.cos(2 * math.pi * n * p / q) * math.log(math.sin(math.pi * n / q))
    return total


def reference_digamma(k: int, p: int, q: int) -> float:
    """psi(k + p/q) from psi(p/q) by the recurrence psi(x + 1) = psi(x) + 1/x."""
    value, x = gauss_digamma(p, q), p / q
    for _ in range(abs(k)):
        if k > 0:
            value, x = value + 1 / x, x + 1
        else:
            value, x = value - 1 / (x - 1), x - 1
    return value


# shifts that take every branch: negative (reflection), below 10 (recurrence), above 10
# (the series alone), far above
POINTS = [(k, p, q) for k in (-3, -1, 0, 1, 4, 9, 10, 25, 60)
          for p, q in ((1, 4), (1, 3), (1, 2), (2, 3), (3, 4), (1, 7), (7, 10))]


def test_digamma_matches_gauss_theorem(tmp_path):
    exe = build(tmp_path, "digamma", DIGAMMA, "-lm")
    xs = [k + p / q for k, p, q in POINTS]
    run = subprocess.run([str(exe), *(repr(x) for x in xs)], capture_output=True, text=True,
                         check=True)
    got = [float(v) for v in run.stdout.split()]
    assert len(got) == len(POINTS)
    for (k, p, q), value in zip(POINTS, got):
        want = reference_digamma(k, p, q)
        assert abs(value - want) <= 1e-12 * max(1.0, abs(want)), (k + p / q, value, want)


def test_check_shadow_stops_only_on_the_primal_itself(tmp_path):
    exe = build(tmp_path, "check_shadow", CHECK_SHADOW)
    fine = subprocess.run([str(exe)], capture_output=True, text=True)
    assert fine.returncode == 0 and fine.stdout == "passed\nnot stopped\n", fine.stderr
    stopped = subprocess.run([str(exe), "same"], capture_output=True, text=True)
    assert stopped.returncode != 0 and stopped.stdout == "passed\n"
    assert stopped.stderr.startswith("x.c:3: error: the shadow of x is the primal pointer "
                                     "itself"), stopped.stderr
