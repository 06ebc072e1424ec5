"""Registrations declared `static` (enzymec/driver/static_registrations.py): clang never
emits them, so each is a located error instead of a silently ignored registration; the
unused-variable warnings the driver turns on for that stay out of the user's way."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from drivertools import run_enzymec, write
from enzymec.driver.static_registrations import diagnose, warning_flags

CUSTOM = """
#include <stdio.h>
double __enzyme_autodiff(void *, double);
__attribute__((noinline)) double sq(double x) {{ return x * x; }}
double sq_aug(double x) {{ return x * x; }}
double sq_rev(double x, double seed) {{ return 100.0 * seed; }}
{storage} void *__enzyme_register_gradient_sq[3] = {{(void *)sq, (void *)sq_aug, (void *)sq_rev}};
double f(double x) {{ return sq(x) + 0.0; }}
int main(void) {{ printf("%g\\n", __enzyme_autodiff((void *)f, 3.0)); return 0; }}
"""

# one registration of each kind, at file scope or in a function; `inactive` keeps `scale`
# (the global f writes x into) from carrying a derivative
KINDS = {
    "__enzyme_inactive_global": "void *__enzyme_inactive_global[1] = {(void *)&scale};",
    "__enzyme_inactivefn": "void *__enzyme_inactivefn[1] = {(void *)noisy};",
    "__enzyme_function_like": 'void *__enzyme_function_like[2] = {(void *)mylog, (void *)"log"};',
    "__enzyme_nofree": "void *__enzyme_nofree[1] = {(void *)noisy};",
    "__enzymec_derivative_noisy": "void *__enzymec_derivative_noisy[2] = {(void *)noisy, (void *)dnoisy};",
    "__enzyme_shouldrecompute": "void *__enzyme_shouldrecompute[1] = {(void *)noisy};",
}
KIND_PROGRAM = """
#include <math.h>
double __enzyme_autodiff(void *, double);
double scale = 2.0;
__attribute__((noinline)) double mylog(double x) {{ return log(x); }}
__attribute__((noinline)) double noisy(double x) {{ return x * x; }}
double dnoisy(double x) {{ return 2 * x; }}
{file_scope}
double f(double x) {{ {function_scope} scale = x; return scale * x + noisy(x) + mylog(x); }}
double df(double x) {{ return __enzyme_autodiff((void *)f, x); }}
"""

UNUSED = """
static int helper_unused;
static const int kconst = 3;
int g(void) { int local; return 0; }
"""


def _built_value(tmp_path, storage: str) -> tuple[int, str]:
    src = write(tmp_path, "t.c", CUSTOM.format(storage=storage))
    proc = run_enzymec("-O2", src.name, "-o", tmp_path / "t", cwd=tmp_path)
    if proc.returncode != 0:
        return proc.returncode, proc.stderr
    return 0, subprocess.run([tmp_path / "t"], capture_output=True, text=True).stdout.strip()


@pytest.mark.parametrize("storage", ["", "__attribute__((used)) static"])
def test_emitted_registration_is_used(tmp_path, storage):
    """A global registration, and a static one clang must emit (`used`), replace the
    derivative of sq(x) = x^2 (6 at 3) by the registered reverse's 100."""
    assert _built_value(tmp_path, storage) == (0, "100")


def test_static_registration_is_a_located_error(tmp_path):
    code, stderr = _built_value(tmp_path, "static")
    assert code != 0 and "Traceback" not in stderr
    found = re.search(r"^t\.c:6:14: error: registration '__enzyme_register_gradient_sq' is read "
                      r"by nothing in its file", stderr, re.M)
    assert found, stderr
    assert stderr.rstrip().endswith("1 error generated.")
    assert not (tmp_path / "t").exists()


@pytest.mark.parametrize("where", ["file", "function"])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_static(tmp_path, kind, where):
    decl = "static " + KINDS[kind]
    program = KIND_PROGRAM.format(file_scope=decl if where == "file" else "",
                                  function_scope=decl if where == "function" else "")
    src = write(tmp_path, "k.c", program)
    proc = run_enzymec("-O2", "-c", src.name, "-o", tmp_path / "k.o", cwd=tmp_path)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert re.search(rf"^k\.c:\d+:\d+: error: registration '{re.escape(kind)}'", proc.stderr,
                     re.M), \
        proc.stderr
    # a global without `static` compiles (the unsupported key is refused by the AD instead;
    # a local array is no registration either, and is refused the same way)
    write(tmp_path, "k.c", KIND_PROGRAM.format(file_scope=KINDS[kind], function_scope=""))
    again = run_enzymec("-O2", "-c", src.name, "-o", tmp_path / "k.o", cwd=tmp_path)
    assert (again.returncode == 0) == (kind != "__enzyme_shouldrecompute"), again.stderr
    assert "registration" not in again.stderr or kind == "__enzyme_shouldrecompute"


def _zig_cc_stderr(tmp_path, src, flags) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ziglang", "cc", *flags, "-c", str(src), "-o",
                           str(tmp_path / "z.o")], capture_output=True, text=True, cwd=tmp_path)


@pytest.mark.parametrize("flags", [[], ["-Werror"], ["-Wall"], ["-Wall", "-Werror"],
                                   ["-Wall", "-Wno-unused-variable"], ["-w"],
                                   ["-Werror=unused-variable"], ["-Wunused-const-variable"],
                                   ["-Werror", "-Wunused-const-variable"],
                                   ["-Werror=unused-const-variable"],
                                   ["-Wall", "-Wno-unused-const-variable"],
                                   ["-Wunused-const-variable", "-Wno-error=unused-const-variable",
                                    "-Werror"]])
def test_unused_variables_shown_as_clang_shows_them(tmp_path, flags):
    """No autodiff in sight: the warnings, the closing count and the exit status are
    clang's own, whatever the user's flags turned on (the driver's added warning is
    neither shown nor an error on -Werror)."""
    src = write(tmp_path, "u.c", UNUSED)
    ours = run_enzymec(*flags, "-c", src, "-o", tmp_path / "u.o", cwd=tmp_path)
    theirs = _zig_cc_stderr(tmp_path, src, flags)
    assert ours.returncode == theirs.returncode
    assert ours.stderr == theirs.stderr
    if flags == ["-Wall"]:
        assert "unused variable 'helper_unused'" in ours.stderr  # the comparison saw some


def test_diagnose_counts_and_colours():
    red = b"\x1b[0;1;35m"
    stderr = (b"a.c:1:12: " + red + b"warning: \x1b[0munused variable 'x' [-Wunused-variable]\n"
              b"    1 | static int x;\n      |            ^\n"
              b"a.c:2:14: warning: unused variable '__enzyme_inactivefn' [-Wunused-variable]\n"
              b"    2 | static void *__enzyme_inactivefn[1] = {0};\n"
              b"a.c:3:5: warning: implicit declaration of function 'h'\n"
              b"3 warnings generated.\n")
    out, failed = diagnose(stderr, [])
    text = out.decode()
    assert failed
    assert "unused variable 'x'" not in text and "static int x" not in text
    assert "a.c:2:14: error: registration '__enzyme_inactivefn'" in text
    assert "    2 | static void *__enzyme_inactivefn" in text  # its snippet stays
    assert "implicit declaration" in text
    assert text.rstrip().endswith("1 warning and 1 error generated.")
    kept, failed = diagnose(stderr, ["-Wall"])
    assert failed and "unused variable 'x'" in kept.decode()
    assert kept.decode().rstrip().endswith("2 warnings and 1 error generated.")
    plain = b"a.c:1:12: warning: unused variable 'x'\n1 warning generated.\n"
    assert diagnose(plain, []) == (b"", False) or diagnose(plain, [])[0].strip() == b""


@pytest.mark.parametrize("flags,added", [
    ([], ["-Wunused-variable", "-Wno-error=unused-variable"]),
    (["-Wall"], []), (["-Wunused"], []), (["-Werror=unused-variable"], []),
    (["-Wall", "-Wno-unused-variable"], ["-Wunused-variable", "-Wno-error=unused-variable"]),
    (["-Wunused-variable", "-w"], ["-Wunused-variable", "-Wno-error=unused-variable"]),
    (["-Werror=unused-const-variable"], ["-Wunused-variable", "-Wno-error=unused-variable",
                                         "-Werror=unused-const-variable"]),
    (["-Werror", "-Wunused-const-variable"], ["-Wunused-variable", "-Wno-error=unused-variable",
                                              "-Werror=unused-const-variable"]),
    (["-Wunused-const-variable", "-Wno-error=unused-const-variable", "-Werror"],
     ["-Wunused-variable", "-Wno-error=unused-variable"]),
    (["-Wl,--as-needed", "-Werror"], ["-Wunused-variable", "-Wno-error=unused-variable"])])
def test_warning_flags(flags, added):
    assert warning_flags(flags) == added


@pytest.mark.parametrize("decl", ["namespace {{ {reg} }}", "{reg_const}"])
def test_internal_in_cxx(tmp_path, decl):
    """C++'s other internal linkages: an anonymous namespace, a `const` at namespace scope."""
    reg = "void *__enzyme_inactivefn[1] = {(void *)noisy};"
    text = decl.format(reg=reg, reg_const=reg.replace("void *__", "void *const __"))
    src = write(tmp_path, "c.cpp", 'extern "C" double __enzyme_autodiff(void *, double);\n'
                "double noisy(double x) { return x * x; }\n" + text + "\n"
                "double df(double x) { return __enzyme_autodiff((void *)noisy, x); }\n")
    proc = run_enzymec("-O2", "-c", src.name, "-o", tmp_path / "c.o", cwd=tmp_path)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert re.search(r"^c\.cpp:3:\d+: error: registration '__enzyme_inactivefn'", proc.stderr,
                     re.M), proc.stderr
