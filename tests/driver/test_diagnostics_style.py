"""enzymec's own diagnostics look like clang's: the source line with a caret under the
column, colours only when asked for (or on a terminal), and its warnings obey -w and -Werror.
"""

from __future__ import annotations

from drivertools import run_enzymec, write

FORWARD = r"""
#include <enzyme.h>
double __enzyme_batch(void *, ...);
double sq(double x) { return x * x; }
double dsq(double x) {
    return __enzyme_batch((void *)sq, x); /* the column of the call */
}
int main(void) { return dsq(3.0) > 0; }
"""


def test_error_shows_source_line_and_caret(tmp_path):
    src = write(tmp_path, "batch.c", FORWARD)
    proc = run_enzymec("-O0", src, "-o", tmp_path / "a.out")
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    first = next(i for i, ln in enumerate(lines) if ": error: " in ln)
    assert lines[first].startswith(f"{src}:5:12: error: ")
    assert lines[first + 1] == "    5 |     return __enzyme_batch((void *)sq, x); " \
                               "/* the column of the call */"
    caret = lines[first + 2]
    # the caret sits under column 12 (the call), after the gutter "      | "
    assert caret.index("^") - caret.index("|") - 2 == 11, caret
    assert "\033[" not in proc.stderr  # not a terminal, not asked: no colours


def test_caret_can_be_turned_off_and_colours_on(tmp_path):
    src = write(tmp_path, "batch.c", FORWARD)
    plain = run_enzymec("-fno-caret-diagnostics", src, "-o", tmp_path / "a.out")
    assert "^" not in plain.stderr and " | " not in plain.stderr
    coloured = run_enzymec("-fcolor-diagnostics", src, "-o", tmp_path / "a.out")
    assert "\033[0;1;31merror: " in coloured.stderr
    # the last colour flag wins, as in clang
    off = run_enzymec("-fcolor-diagnostics", "-fno-color-diagnostics", src, "-o",
                      tmp_path / "a.out")
    assert "\033[" not in off.stderr


def test_warnings_obey_w_and_werror(tmp_path):
    src = write(tmp_path, "m.c", "int main(void) { return 0; }\n")
    lib = write(tmp_path, "lib.o", "")
    warned = run_enzymec("-c", src, lib, "-o", tmp_path / "m.o")
    assert warned.returncode == 0
    assert "warning: " in warned.stderr and "'linker' input unused" in warned.stderr
    quiet = run_enzymec("-w", "-c", src, lib, "-o", tmp_path / "m.o")
    assert quiet.returncode == 0 and quiet.stderr == ""
    strict = run_enzymec("-Werror", "-c", src, lib, "-o", tmp_path / "m.o")
    assert strict.returncode == 1 and "error: " in strict.stderr
    relaxed = run_enzymec("-Werror", "-Wno-error", "-c", src, lib, "-o", tmp_path / "m.o")
    assert relaxed.returncode == 0


def test_error_names_the_file_as_the_command_line_did(tmp_path):
    """clang records a scope's file relative to a directory it shares with the working
    directory (`src/batch.c` in tmp_path); the error must still name it as given."""
    (tmp_path / "src").mkdir()
    src = write(tmp_path / "src", "batch.c", FORWARD)
    work = tmp_path / "work"
    work.mkdir()
    proc = run_enzymec("-O0", src, "-o", tmp_path / "a.out", cwd=work)
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"{src}:5:12: error: "), proc.stderr
    relative = run_enzymec("-O0", "../src/batch.c", "-o", tmp_path / "a.out", cwd=work)
    assert relative.stderr.startswith("../src/batch.c:5:12: error: "), relative.stderr
