"""Registrations declared `static`, or otherwise internal, or marked unused
(enzymec/driver/static_registrations.py): clang emits none of them by itself, so the
frontend keeps every static variable in a unit that may differentiate, and they work as
global ones do; a unit that differentiates nothing is compiled as clang compiles it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from drivertools import run_enzymec, write
from enzymec.driver.static_registrations import keep_only_registrations, may_differentiate

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
# (the global f writes x into, read back by a call) from carrying a derivative
KINDS = {
    "__enzyme_inactive_global": "void *__enzyme_inactive_global[1] = {(void *)&scale};",
    "__enzyme_inactivefn": "void *__enzyme_inactivefn[1] = {(void *)noisy};",
    "__enzyme_function_like": 'void *__enzyme_function_like[2] = {(void *)mylog, (void *)"log"};',
    "__enzyme_nofree": "void *__enzyme_nofree[1] = {(void *)noisy};",
    "__enzymec_derivative_noisy": "void *__enzymec_derivative_noisy[2] = {(void *)noisy, (void *)dnoisy};",
    "__enzyme_shouldrecompute": "void *__enzyme_shouldrecompute[1] = {(void *)noisy};",
}
# the kinds whose registration changes df(2) (the others give the body's own derivative)
CHANGES_VALUE = {"__enzyme_inactive_global", "__enzyme_inactivefn"}
KIND_PROGRAM = """
#include <math.h>
#include <stdio.h>
double __enzyme_autodiff(void *, double);
double scale = 2.0;
__attribute__((noinline)) double mylog(double x) {{ return log(x); }}
__attribute__((noinline)) double noisy(double x) {{ return x * x; }}
__attribute__((noinline)) double read_scale(void) {{ return scale; }}
double dnoisy(double x) {{ return 2 * x; }}
{file_scope}
double f(double x) {{ {function_scope} scale = x; return read_scale() * x + noisy(x) + mylog(x); }}
double df(double x) {{ return __enzyme_autodiff((void *)f, x); }}
int main(void) {{ printf("%.6f\\n", df(2.0)); return 0; }}
"""

UNUSED = """
static int helper_unused;
static const int kconst = 3;
int g(void) { int local; return 0; }
"""


def _built_value(tmp_path, text: str, *flags) -> tuple[int, str]:
    src = write(tmp_path, "t.c", text)
    proc = run_enzymec("-O2", *flags, src.name, "-o", tmp_path / "t", "-lm", cwd=tmp_path)
    if proc.returncode != 0:
        return proc.returncode, proc.stderr
    return 0, subprocess.run([tmp_path / "t"], capture_output=True, text=True).stdout.strip()


@pytest.mark.parametrize("storage", ["", "static", "__attribute__((used)) static",
                                     "__attribute__((unused)) static",
                                     "[[maybe_unused]] static", "static const"])
def test_registration_is_used_whatever_its_storage(tmp_path, storage):
    """A global registration, a static one, a static one marked unused (clang says nothing
    of it and emits nothing), replace the derivative of sq(x) = x^2 (6 at 3) by the
    registered reverse's 100."""
    flags = ["-std=c23"] if "[[" in storage else []
    assert _built_value(tmp_path, CUSTOM.format(storage=storage), *flags) == (0, "100")


def test_registration_in_a_header_the_main_file_never_names(tmp_path):
    """The main file names neither Enzyme nor autodiff (a project's macros do): its first
    frontend run keeps no static variable, its IR calls an entry point, so it is compiled
    again with them kept; clang's warnings are shown once."""
    write(tmp_path, "reg.h", """
        double __enzyme_autodiff(void *, ...);
        #define GRAD(f, x) __enzyme_autodiff((void *)f, x)
        #define REGISTER(f, a, r) __attribute__((unused)) static void *__enzyme_register_gradient_##f[] = {(void *)f, (void *)a, (void *)r}
        """)
    program = """
        #include <stdio.h>
        #include "reg.h"
        static double sq(double x) { return x * x; }
        static void sq_aug(double x) {}
        static double sq_rev(double x, double seed) { return 100.0 * seed; }
        REGISTER(sq, sq_aug, sq_rev);
        int main(void) { int spare; printf("%g\\n", GRAD(sq, 3.0)); return 0; }
        """
    assert not may_differentiate(str(write(tmp_path, "t.c", program)), False)
    src = write(tmp_path, "t.c", program)
    proc = run_enzymec("-O2", "-Wall", src.name, "-o", tmp_path / "t", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("unused variable 'spare'") == 1, proc.stderr
    assert subprocess.run([tmp_path / "t"], capture_output=True, text=True).stdout == "100\n"


@pytest.mark.parametrize("where", ["file", "function"])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_static(tmp_path, kind, where):
    """Each kind of registration, static at file scope or in a function, does what the
    global one does (the unsupported key is refused either way)."""
    def value(file_scope: str = "", function_scope: str = "") -> tuple[int, str]:
        text = KIND_PROGRAM.format(file_scope=file_scope, function_scope=function_scope)
        return _built_value(tmp_path, text)

    decl = "static " + KINDS[kind]
    static = value(**{f"{where}_scope": decl})
    global_ = value(file_scope=KINDS[kind])
    if kind == "__enzyme_shouldrecompute":
        for code, stderr in (static, global_):
            assert code != 0 and "Traceback" not in stderr
            assert f"{kind}' is not supported" in stderr, stderr
        return
    assert static[0] == 0 and static == global_, (static, global_)
    plain = value()
    assert plain[0] == 0
    assert (plain != static) == (kind in CHANGES_VALUE), (plain, static)


def _zig_cc(tmp_path, src, flags, *more) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ziglang", "cc", *flags, *more, "-c", str(src),
                           "-o", str(tmp_path / "z.o")], capture_output=True, text=True,
                          cwd=tmp_path)


@pytest.mark.parametrize("mention", ["", "/* differentiated by enzyme elsewhere */\n"])
@pytest.mark.parametrize("flags", [[], ["-Werror"], ["-Wall"], ["-Wall", "-Werror"],
                                   ["-Wall", "-Wno-unused-variable"], ["-w"],
                                   ["-Werror=unused-variable"], ["-Wunused-const-variable"],
                                   ["-Werror=unused-const-variable"]])
def test_unused_variables_shown_as_clang_shows_them(tmp_path, flags, mention):
    """No autodiff call: the warnings, the closing count and the exit status are clang's
    own, whatever the user's flags turned on, in a unit that names Enzyme (its static
    variables kept) or not."""
    src = write(tmp_path, "u.c", mention + UNUSED)
    ours = run_enzymec(*flags, "-c", src, "-o", tmp_path / "u.o", cwd=tmp_path)
    theirs = _zig_cc(tmp_path, src, flags)
    assert ours.returncode == theirs.returncode
    assert ours.stderr == theirs.stderr
    if flags == ["-Wall"]:
        assert "unused variable 'helper_unused'" in ours.stderr  # the comparison saw some


def _symbols(path) -> set[str]:
    out = subprocess.run(["nm", str(path)], capture_output=True, text=True, check=True).stdout
    return {line.split()[-1] for line in out.splitlines()
            if line.strip() and not line.split()[-1].startswith(".L")}


KEPT = """
static int helper_unused;
static const double table[3] = {1, 2, 3};
__attribute__((used)) static int keep_me = 1;
static int counter;
int g(int i) { counter += i; return counter + (int)table[i & 1]; }
"""


@pytest.mark.parametrize("opt", ["-O0", "-O2"])
@pytest.mark.parametrize("mention", ["", "/* enzyme */\n"])
def test_unit_without_autodiff_keeps_what_clang_keeps(tmp_path, opt, mention):
    """A unit with no autodiff call has clang's symbols and code: where it names Enzyme it
    is compiled again without its static variables kept (-O0 would hold the unused ones, and
    what they refer to, in the object)."""
    src = write(tmp_path, "u.c", mention + KEPT)
    assert run_enzymec(opt, "-c", src, "-o", tmp_path / "u.o", cwd=tmp_path).returncode == 0
    assert _zig_cc(tmp_path, src, [opt, "-g0", "-fno-sanitize=undefined"]).returncode == 0
    ours, theirs = _symbols(tmp_path / "u.o"), _symbols(tmp_path / "z.o")
    assert "keep_me" in theirs and "counter" in theirs and "helper_unused" not in theirs
    assert ours == theirs
    if mention:  # g's code is that of the same unit naming nothing
        plain = write(tmp_path, "p.c", KEPT)
        assert run_enzymec(opt, "-c", plain, "-o", tmp_path / "p.o", cwd=tmp_path).returncode == 0
        assert _code_of(tmp_path / "u.o", "g") == _code_of(tmp_path / "p.o", "g")


def _code_of(obj, function: str) -> str:
    out = subprocess.run(["objdump", "-d", "--no-show-raw-insn", str(obj)], capture_output=True,
                         text=True, check=True).stdout
    return out.split(f"<{function}>:")[1].split("\n\n")[0]


def test_keep_only_registrations():
    text = ("@a = internal global i32 0\n@b = internal global i32 0\n"
            "@__enzyme_inactivefn = internal global [1 x ptr] [ptr @f]\n"
            "@al = internal alias i32, ptr @a\n"
            "@llvm.compiler.used = appending global [6 x ptr] [ptr @a, ptr @b, ptr @b, "
            "ptr @__enzyme_inactivefn, ptr @f, ptr @al], section \"llvm.metadata\"\n"
            "define void @f() {\n  ret void\n}\n")
    out = keep_only_registrations(text)
    assert ('@llvm.compiler.used = appending global [4 x ptr] [ptr @b, ptr @__enzyme_inactivefn, '
            'ptr @f, ptr @al], section "llvm.metadata"\n') in out
    alone = "@a = internal global i32 0\n@llvm.compiler.used = appending global [1 x ptr] " \
            "[ptr @a], section \"llvm.metadata\"\n"
    assert keep_only_registrations(alone) == "@a = internal global i32 0\n"


@pytest.mark.parametrize("path,whole,kept", [
    ("-", False, True), ("missing.c", False, True), ("plain.c", True, True),
    ("plain.c", False, False), ("named.c", False, True), ("cxx.cpp", False, True)])
def test_may_differentiate(tmp_path, path, whole, kept):
    write(tmp_path, "plain.c", "int g(void) { return 0; }\n")
    write(tmp_path, "named.c", "double df(double x) { return __builtin_autodiff(f, x); }\n")
    write(tmp_path, "cxx.cpp", "auto d = enzyme::get<0>(r);\n")
    where = path if path == "-" else str(tmp_path / path)
    assert may_differentiate(where, whole) is kept


@pytest.mark.parametrize("decl", ["namespace {{ {reg} }}", "{reg_const}"])
def test_internal_in_cxx(tmp_path, decl):
    """C++'s other internal linkages, an anonymous namespace and a `const` at namespace
    scope: the registration works (noisy inactive: d/dx 0 where x^2's is 6)."""
    reg = "void *__enzyme_inactivefn[1] = {(void *)noisy};"
    text = decl.format(reg=reg, reg_const=reg.replace("void *__", "void *const __"))
    src = write(tmp_path, "c.cpp", '#include <cstdio>\n'
                'extern "C" double __enzyme_autodiff(void *, double);\n'
                "__attribute__((noinline)) double noisy(double x) { return x * x; }\n"
                + text + "\n"
                "double f(double x) { return noisy(x) + x; }\n"
                'int main() { std::printf("%g\\n", __enzyme_autodiff((void *)f, 3.0)); }\n')
    proc = run_enzymec("-O2", src.name, "-o", tmp_path / "c", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert subprocess.run([tmp_path / "c"], capture_output=True, text=True).stdout == "1\n"


def test_unused_static_table_of_a_unit_naming_enzyme_links(tmp_path):
    """A unit that names Enzyme but differentiates nothing is compiled again without its
    static variables kept: at -O0 an unused static table referring to a function defined
    nowhere stayed in the object, an undefined reference at link time."""
    src = write(tmp_path, "t.c", "/* no __enzyme_autodiff here */\n"
                "extern void never_defined(void);\n"
                "static void (*const table[])(void) = {never_defined};\n"
                "int main(void) { return 0; }\n")
    proc = run_enzymec("-O0", src.name, "-o", tmp_path / "t", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
