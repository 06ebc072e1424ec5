/* The check every selfcheck program makes (tests/c/test_selfcheck.py counts its lines):
 * `got` within SELFCHECK_TOLERANCE of `want`, relative above 1 and absolute below, one
 * `ok` or `MISMATCH` line each; `failures` counts the mismatches for the exit status. A
 * program checking float results defines a looser SELFCHECK_TOLERANCE before including. */
#ifndef SELFCHECK_H
#define SELFCHECK_H
#include <math.h>
#include <stdio.h>

#ifndef SELFCHECK_TOLERANCE
#define SELFCHECK_TOLERANCE 1e-12
#endif

static int failures;

static void check(const char *what, double got, double want) {
    int ok = fabs(got - want) <= SELFCHECK_TOLERANCE * fmax(1.0, fabs(want));
    printf("%s %s: %.17g (want %.17g)\n", ok ? "ok" : "MISMATCH", what, got, want);
    failures += !ok;
}
#endif
