"""Pointer globals the differentiated code writes active data through (ad/memory/global_
pointers.py): a scratch buffer the differentiated code allocates keeps its shadow from one
gradient call to the next (it was zeroed: the second call crashed); a buffer set outside any
gradient call (malloc'd in main, or by a primal call that allocated it first) has no shadow,
and the gradient stops with a message naming the global instead of crashing or giving a
wrong number. The program takes its path from the command line.

    . .venv/bin/activate && pytest tests/c/test_global_pointers.py -q
"""

from __future__ import annotations

import subprocess

import pytest

from gradcheck import _env

PROGRAM = r"""
#include <enzyme.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double *work = NULL;

double f(const double *x, int n) {
    if (!work) work = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) work[i] = x[i] * x[i];
    double s = 0;
    for (int i = 0; i < n; i++) s += work[i] * x[i];
    return s;
}

static double *fresh = NULL;  /* allocated and freed by each call, left dangling */

double g(const double *x, int n) {
    fresh = malloc(n * sizeof(double));
    for (int i = 0; i < n; i++) fresh[i] = x[i] * x[i];
    double s = 0;
    for (int i = 0; i < n; i++) s += fresh[i] * x[i];
    free(fresh);
    return s;
}

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "gradients";
    double x[3] = {1, 2, 3};
    if (strcmp(mode, "main") == 0) work = malloc(3 * sizeof(double));  /* no shadow */
    if (strcmp(mode, "primal") == 0) printf("f %g\n", f(x, 3)), fflush(stdout);
    if (strcmp(mode, "fresh") == 0) printf("g %g\n", g(x, 3)), fflush(stdout);
    for (int call = 0; call < 3; call++) {
        double dx[3] = {0, 0, 0};
        if (mode[0] == 'f')
            __enzyme_autodiff((void *)g, enzyme_dup, x, dx, enzyme_const, 3);
        else
            __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_const, 3);
        printf("%g %g %g\n", dx[0], dx[1], dx[2]);
        fflush(stdout);
    }
    return 0;
}
"""

MESSAGE = ("enzymec: the global pointer 'work' holds memory that no gradient call allocated")


@pytest.fixture(scope="module", params=["-O0", "-O2"])
def program(request, tmp_path_factory):
    directory = tmp_path_factory.mktemp("global_pointers")
    (directory / "gp.c").write_text(PROGRAM)
    proc = subprocess.run(["enzymec", request.param, "gp.c", "-o", "gp"], cwd=directory,
                          capture_output=True, text=True, timeout=300, env=_env())
    assert proc.returncode == 0, proc.stderr
    return directory / "gp"


def run(program, mode: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(program), mode], capture_output=True, text=True, timeout=60)


def test_a_buffer_the_gradient_allocated_keeps_its_shadow(program):
    proc = run(program, "gradients")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["3", "12", "27"] * 3  # d/dx_i 3 x_i^2, every call


def test_a_buffer_allocated_afresh_by_each_call_is_its_own(program):
    """g allocates its global buffer and frees it in every call, leaving the pointer
    dangling after a primal call: the check is where the gradient loads the pointer, after
    it stored the new one, not when it starts."""
    proc = run(program, "fresh")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["g", "36"] + ["3", "12", "27"] * 3


@pytest.mark.parametrize("mode, printed", [("main", 0), ("primal", 1)])
def test_a_buffer_set_outside_a_gradient_stops_with_a_message(program, mode, printed):
    proc = run(program, mode)
    assert proc.returncode != 0 and len(proc.stdout.splitlines()) == printed, proc.stdout
    assert MESSAGE in proc.stderr, proc.stderr
