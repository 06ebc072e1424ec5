"""Source locations on demand (enzymec/driver/source_locations.py).

What must hold: without -g, a unit's first frontend run writes no line tables (-g0 in its
cc1 command, no `!DILocation` reaching the AD); a unit whose synthesis reports an error is
compiled again with them, so the error still points at FILE:LINE:COL, with clang's own
warnings shown once, not twice; a unit whose derivative names a source place in a run-time
message (a shadow equal to its primal under runtime activity) is compiled again too, and
the message names the line; a unit that asks for no location is compiled once, to the same
object file as with line tables from the start (--explain keeps them, and changes no
byte of the object).
"""

from __future__ import annotations

import subprocess

from drivertools import run_enzymec, write

DIFFERENTIABLE = r"""
#include <enzyme.h>
#include <stdio.h>
double sq(double x) { return x * x; }
int main(void) {
    int unused_local;
    printf("%g\n", __enzyme_autodiff((void *)sq, 3.0));
    return 0;
}
"""

# the construct enzymec refuses: the inline assembly statement, line 5, column 5 (write()
# drops the first newline)
REFUSED = r"""
#include <enzyme.h>
#include <stdio.h>
double f(double x) {
    double y;
    __asm__ volatile("" : "=x"(y) : "0"(x));
    return y * x;
}
int main(void) {
    int unused_local;
    printf("%g\n", __enzyme_autodiff((void *)f, 3.0));
    return 0;
}
"""

# the shadow of `w` may be `w` itself, decided while it runs: the message names the place
RUNTIME_PLACE = r"""
#include <enzyme.h>
extern int enzyme_runtime_activity;
double dot(const double *w, const double *x, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) s += w[i] * x[i];
    return s;
}
int main(int argc, char **argv) {
    double w[2] = {1, 2}, x[2] = {3, 4}, dw[2] = {0, 0}, dx[2] = {0, 0};
    double *shadow = argc > 1 ? w : dw;
    __enzyme_autodiff((void *)dot, enzyme_runtime_activity, w, shadow, x, dx, 2);
    return dw[0] == 3.0 && dx[1] == 2.0 ? 0 : 1;
}
"""


def _frontend_commands(stderr: str) -> list[str]:
    """The cc1 commands -v shows that compile the C source (the frontend's runs)."""
    return [line for line in stderr.splitlines()
            if " -cc1 " in line and "-emit-llvm-bc" in line or
            " -cc1 " in line and line.rstrip().endswith(".c") and "-x ir" not in line]


def test_a_unit_asking_for_no_location_is_compiled_once_without_line_tables(tmp_path):
    src = write(tmp_path, "ok.c", DIFFERENTIABLE)
    done = run_enzymec("-v", "-O2", "-Wall", "-c", src, "-o", tmp_path / "ok.o", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "again with source locations" not in done.stderr
    assert done.stderr.count("unused variable 'unused_local'") == 1
    runs = _frontend_commands(done.stderr)
    assert runs and all("-debug-info-kind" not in run for run in runs), runs


def test_the_object_is_the_one_line_tables_give(tmp_path):
    """--explain keeps the line tables from the start (its remarks name lines)."""
    src = write(tmp_path, "ok.c", DIFFERENTIABLE)
    plain, explained = tmp_path / "plain.o", tmp_path / "explained.o"
    run_enzymec("-O2", "-c", src, "-o", plain, cwd=tmp_path, check=True)
    run_enzymec("-O2", "--explain", "-c", src, "-o", explained, cwd=tmp_path, check=True)
    assert plain.read_bytes() == explained.read_bytes()


def test_an_error_is_located_and_clang_warns_once(tmp_path):
    src = write(tmp_path, "bad.c", REFUSED)
    done = run_enzymec("-v", "-O2", "-Wall", "-c", src, "-o", tmp_path / "bad.o", cwd=tmp_path)
    assert done.returncode == 1
    assert "bad.c:5:5: error: cannot differentiate" in done.stderr, done.stderr
    assert "again with source locations: it reports an error" in done.stderr
    assert done.stderr.count("unused variable 'unused_local'") == 1
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "bad.o").exists()


def test_a_runtime_message_names_its_line(tmp_path):
    src = write(tmp_path, "rt.c", RUNTIME_PLACE)
    exe = tmp_path / "rt"
    done = run_enzymec("-v", "-O2", src, "-o", exe, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "again with source locations: a source location was asked for" in done.stderr
    assert subprocess.run([exe], capture_output=True).returncode == 0  # distinct shadows
    stopped = subprocess.run([exe, "same"], capture_output=True, text=True)
    assert stopped.returncode != 0
    assert "rt.c:11:5: error: the shadow of parameter 1 of 'dot' is the primal pointer " \
        "itself" in stopped.stderr, stopped.stderr  # the __enzyme_autodiff call
