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


# A struct global's pointer fields are slots of their own: a `static std::vector<double>`
# (begin, end, capacity) filled by the differentiated code, and a parameter struct whose
# work array is allocated lazily. Between gradient calls a primal call refills the vector
# within its capacity (its pointers stay the ones the shadows were made for).
VECTOR = r"""
#include <cstdio>
#include <cstring>
#include <vector>
extern "C" double __enzyme_autodiff(void *, double);

static std::vector<double> history;
static struct { double scale; double *work; int n; } params = {2.0, nullptr, 0};

double f(double x) {
    history.clear();
    for (int i = 0; i < 3; i++) history.push_back(x * (i + 1));
    if (!params.work) { params.work = new double[4]; params.n = 4; }
    double s = 0;
    for (int i = 0; i < 3; i++) {
        params.work[i] = history[i] * params.scale;
        s += params.work[i] * history[i];
    }
    return s;
}

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "gradients";
    if (std::strcmp(mode, "primal") == 0) std::printf("f %g\n", f(0.7)), std::fflush(stdout);
    for (int call = 0; call < 3; call++) {
        std::printf("%g\n", __enzyme_autodiff((void *)f, 0.4 + call));
        std::fflush(stdout);
        f(1.5);
    }
    return 0;
}
"""


@pytest.fixture(scope="module", params=["-O0", "-O2"])
def vector_program(request, tmp_path_factory):
    directory = tmp_path_factory.mktemp("global_vector")
    (directory / "gv.cpp").write_text(VECTOR)
    proc = subprocess.run(["enzymec", request.param, "gv.cpp", "-o", "gv"], cwd=directory,
                          capture_output=True, text=True, timeout=300, env=_env())
    assert proc.returncode == 0, proc.stderr
    return directory / "gv"


def test_struct_global_pointers_keep_their_shadows(vector_program):
    """d/dx of 2 * 14 x^2 is 56 x, in every call (the second crashed when each call zeroed
    the vector's shadow); valgrind finds no invalid access and no lost block (the shadows
    of the blocks the vector outgrew are freed, the one it keeps stays)."""
    proc = subprocess.run(["valgrind", "--quiet", "--error-exitcode=99", "--leak-check=full",
                           "--errors-for-leak-kinds=definite", str(vector_program)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert [float(v) for v in proc.stdout.split()] == pytest.approx([56 * 0.4, 56 * 1.4,
                                                                     56 * 2.4], rel=1e-5)


def test_struct_global_filled_outside_a_gradient_stops_with_a_message(vector_program):
    proc = run(vector_program, "primal")
    assert proc.returncode != 0 and proc.stdout.split() == ["f", "13.72"], proc.stdout
    assert "enzymec: the pointer at byte 0 of the global '_ZL7history' holds memory that no " \
           "gradient call allocated" in proc.stderr, proc.stderr
