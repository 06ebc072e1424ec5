"""enzyme_runtime_activity at run time: a shadow pointer equal to its primal stops the program.

Enzyme's runtime activity lets a program mark memory constant by giving a pointer itself as
its shadow, decided while it runs. enzymec decides activity when it compiles; instead of
adding adjoints into the primal memory (a wrong number) the gradient stops with a message
naming the place. The program below takes each path from its command line: distinct
shadows (the right gradient), a shadow argument equal to its primal, and a row pointer
whose shadow in the shadow matrix is the primal row.
"""

from __future__ import annotations

import subprocess

import pytest

from gradcheck import _env

PROGRAM = r"""
#include <enzyme.h>
#include <stdio.h>
#include <string.h>

extern int enzyme_runtime_activity;

double rows(double **m, const double *w, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += w[i] * m[0][i] * m[1][i];
    return s;
}

/* large enough to be passed by value in memory (byval) */
typedef struct { double *p, *q; int n; long pad[4]; } pair_view;
double dot(pair_view v) {
    double s = 0.0;
    for (int i = 0; i < v.n; i++) s += v.p[i] * v.q[i];
    return s;
}

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "distinct";
    double a[2] = {1, 2}, b[2] = {3, 4}, w[2] = {5, 6};
    double da[2] = {0, 0}, db[2] = {0, 0}, dw[2] = {0, 0};
    double *m[2] = {a, b}, *dm[2] = {da, db};
    double *shadow_w = dw;
    if (strcmp(mode, "argument") == 0) shadow_w = w;   /* w as its own shadow */
    if (strcmp(mode, "row") == 0) dm[1] = b;           /* row 1 as its own shadow */
    __enzyme_autodiff((void *)rows, enzyme_runtime_activity, m, dm, w, shadow_w, 2);
    printf("%g %g %g %g %g %g\n", da[0], da[1], db[0], db[1], dw[0], dw[1]);
    fflush(stdout);
    pair_view v = {a, b, 2}, dv = {da, db, 2};
    if (strcmp(mode, "field") == 0) dv.q = b;         /* a struct field as its own shadow */
    __enzyme_autodiff((void *)dot, enzyme_runtime_activity, enzyme_dup, v, dv);
    printf("%g %g %g %g\n", da[0], da[1], db[0], db[1]);
    return 0;
}
"""

MESSAGE = "is the primal pointer itself (Enzyme's runtime activity for constant memory)"


@pytest.fixture(scope="module", params=["-O0", "-O2"])
def program(request, tmp_path_factory):
    directory = tmp_path_factory.mktemp("runtime_activity")
    (directory / "ra.c").write_text(PROGRAM)
    proc = subprocess.run(["enzymec", request.param, "ra.c", "-o", "ra"], cwd=directory,
                          capture_output=True, text=True, timeout=300, env=_env())
    assert proc.returncode == 0, proc.stderr
    return directory / "ra"


def run(program, mode: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(program), mode], capture_output=True, text=True, timeout=60)


def test_distinct_shadows_give_the_gradient(program):
    proc = run(program, "distinct")
    assert proc.returncode == 0, proc.stderr
    # rows: d/da_i = w_i b_i, d/db_i = w_i a_i, d/dw_i = a_i b_i; dot adds b_i and a_i
    assert proc.stdout.split() == ["15", "24", "5", "12", "3", "8", "18", "28", "6", "14"]


@pytest.mark.parametrize("mode, what, printed", [
    ("argument", "the shadow of parameter 2 of 'rows'", 0),
    ("row", "the shadow of a pointer loaded in 'rows'", 0),
    ("field", "the shadow of a pointer loaded in 'dot'", 1),
])
def test_shadow_equal_to_primal_stops(program, mode, what, printed):
    proc = run(program, mode)
    assert proc.returncode != 0 and len(proc.stdout.splitlines()) == printed
    assert f"error: {what} {MESSAGE}" in proc.stderr
    assert proc.stderr.startswith("ra.c:")
