"""A copy of a run-time length whose bytes type analysis knows as integers only up to some
offset (a union of characters and a count, then a double): it moves no derivative while it
stays within those bytes, which the gradient checks before the copy; a longer one stops the
program with the copy's location (enzymec/ad/memory/memory.py, bounded_integer_copy). Such
copies were refused at compile time ("cannot deduce the layout of the memory copied here").

    . .venv/bin/activate && pytest tests/c/test_copy_bound.py -q
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

struct rec { union { char buf[8]; long cap; } u; double w; };

double f(const double *x, int n) {
    struct rec *a = malloc(sizeof *a), *b = malloc(sizeof *b);
    a->u.cap = 7;
    b->u.buf[0] = 'x';
    a->w = x[0] * x[0];
    b->w = x[1];
    memcpy(b, a, n);
    double s = a->w * b->w + b->u.buf[0];
    free(a);
    free(b);
    return s;
}

int main(int argc, char **argv) {
    int n = atoi(argv[1]);
    double x[2] = {1.5, 2.0}, dx[2] = {0, 0};
    __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_const, n);
    printf("%g %g\n", dx[0], dx[1]);
    return 0;
}
"""


@pytest.fixture(scope="module", params=["-O0", "-O2"])
def program(request, tmp_path_factory):
    directory = tmp_path_factory.mktemp("copy_bound")
    (directory / "cb.c").write_text(PROGRAM)
    proc = subprocess.run(["enzymec", request.param, "cb.c", "-o", "cb"], cwd=directory,
                          capture_output=True, text=True, timeout=300, env=_env())
    assert proc.returncode == 0, proc.stderr
    return directory / "cb"


@pytest.mark.parametrize("n", [1, 5, 8])
def test_a_copy_within_the_integer_bytes(program, n):
    """d/dx0 of x0^2 x1 is 2 x0 x1 = 6, d/dx1 is x0^2 = 2.25: the copy moved no double."""
    proc = subprocess.run([str(program), str(n)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.split() == ["6", "2.25"], proc.stderr


def test_a_longer_copy_stops_with_its_location(program):
    proc = subprocess.run([str(program), "16"], capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and proc.stdout == ""
    assert "cb.c:15:5: error: this copy moves 16 bytes, but enzymec only knows the first 8 " \
           "to hold integers" in proc.stderr, proc.stderr
