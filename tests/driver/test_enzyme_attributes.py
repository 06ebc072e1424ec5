"""Enzyme's declaration attributes and registrations through the stock clang
(enzymec/driver/attributes.py, enzymec/ad/entry/annotations.py, enzymec/ad/entry/registrations.py):
what the gradient programs in tests/c and the error programs in tests/c/errors do not show.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from drivertools import run_enzymec, write
from enzymec.driver.attributes import promote_unknown_attributes

HELPER_AND_CALL = """
double __enzyme_autodiff(void *, ...);
{decl} double helper(double v) {{ return v * v; }}
double f(double x) {{ return x * helper(x); }}
double df(double x) {{ return __enzyme_autodiff((void *)f, x); }}
"""


def _located(stderr: str, name: str = "t.c") -> re.Match | None:
    return re.search(rf"^{re.escape(name)}:(\d+):(\d+): error: (.*)$", stderr, re.M)


def test_only_enzyme_warnings_become_errors():
    stderr = (b"a.c:1:16: warning: unknown attribute 'enzyme_inactiv' ignored "
              b"[-Wunknown-attributes]\n"
              b"a.c:2:16: warning: unknown attribute 'hot_path' ignored [-Wunknown-attributes]\n")
    out, failed = promote_unknown_attributes(stderr)
    assert failed
    lines = out.decode().splitlines()
    assert lines[0].startswith("a.c:1:16: error: unknown Enzyme attribute 'enzyme_inactiv'")
    assert lines[1].startswith("a.c:2:16: warning: unknown attribute 'hot_path'")
    assert promote_unknown_attributes(lines[1].encode()) == (lines[1].encode(), False)


@pytest.mark.parametrize("flags", [[], ["-w"], ["-Wno-unknown-attributes"], ["-x", "c++"]])
def test_a_misspelt_attribute_is_an_error_whatever_the_warning_flags(tmp_path, flags):
    write(tmp_path, "t.c", HELPER_AND_CALL.format(decl="__attribute__((enzyme_inactve))"))
    proc = run_enzymec(*flags, "-O2", "-c", "t.c", "-o", "t.o", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    located = _located(proc.stderr)
    assert located and located[1] == "2" and "enzyme_inactve" in located[3], proc.stderr


@pytest.mark.parametrize("opt", ["-O0", "-O2"])
def test_function_like_an_unknown_function_is_an_error(tmp_path, opt):
    decl = '__attribute__((enzyme_function_like("no_such_fn")))'
    write(tmp_path, "t.c", HELPER_AND_CALL.format(decl=decl))
    proc = run_enzymec(opt, "-c", "t.c", "-o", "t.o", cwd=tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert re.search(r"^t\.c:2: error: .*'no_such_fn'", proc.stderr, re.M), proc.stderr


def test_unsupported_registration_is_an_error(tmp_path):
    text = HELPER_AND_CALL.format(decl="") + \
        "void *__enzyme_shouldrecompute_h[1] = {(void *)helper};\n"
    write(tmp_path, "t.c", text)
    proc = run_enzymec("-O2", "-c", "t.c", "-o", "t.o", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "__enzyme_shouldrecompute_h" in proc.stderr and "error:" in proc.stderr


def test_nofree_reaches_the_ir(tmp_path):
    text = """
    double __enzyme_autodiff(void *, ...);
    __attribute__((enzyme_nofree, enzyme_inactive)) void log_value(double v);
    double f(double x) { log_value(x); return x * x; }
    double df(double x) { return __enzyme_autodiff((void *)f, x); }
    """
    write(tmp_path, "t.c", text)
    proc = run_enzymec("-O2", "-c", "t.c", "-o", "t.o", "--enzymec-dump-ir=pre-ad", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    ir = proc.stdout + proc.stderr
    declare = re.search(r"^declare [^\n]*@log_value\([^)]*\)(?P<attrs>[^\n]*)$", ir, re.M)
    assert declare, ir
    group = re.search(r"#(\d+)", declare["attrs"])  # LLVM folds it into an attribute group
    attrs = declare["attrs"] + (re.search(rf"^attributes #{group[1]} = \{{([^}}]*)\}}", ir,
                                          re.M)[1] if group else "")
    assert re.search(r"\bnofree\b", attrs), declare[0]


def test_inactive_global_registration(tmp_path):
    """`__enzyme_inactive_global`: the derivative through the global is dropped (here the
    whole derivative goes through it, so the gradient is exactly 0; without the
    registration it would be 2x)."""
    text = """
    #include <stdio.h>
    double __enzyme_autodiff(void *, ...);
    double scale;
    void *__enzyme_inactive_global_scale[1] = {(void *)&scale};
    __attribute__((noinline)) void set(double v) { scale = v; }
    double f(double x) { set(x * x); return scale; }
    int main(void) { printf("%g\\n", __enzyme_autodiff((void *)f, 1.5)); return 0; }
    """
    write(tmp_path, "t.c", text)
    for opt in ("-O0", "-O2"):
        run_enzymec(opt, "t.c", "-o", "t", cwd=tmp_path, check=True)
        out = subprocess.run([str(tmp_path / "t")], capture_output=True, text=True).stdout
        assert out.strip() == "0", (opt, out)


def test_unknown_enzyme_api_function_is_located(tmp_path):
    text = """
    double __enzyme_autodiff(void *, ...);
    double __enzyme_todense(void *, ...);
    double f(double x) { return x * x; }
    double df(double x) { return __enzyme_todense((void *)f, x) + __enzyme_autodiff((void *)f, x); }
    """
    write(tmp_path, "t.c", text)
    proc = run_enzymec("-O2", "-c", "t.c", "-o", "t.o", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert re.search(r"^t\.c:4:\d+: error: '__enzyme_todense' is a function of Enzyme's API",
                     proc.stderr, re.M), proc.stderr


@pytest.mark.parametrize("opt", ["-O0", "-O2"])
def test_inactive_template_and_always_inline_helpers(tmp_path, opt):
    """enzyme_inactive on a function template, an always_inline and a static helper (each
    kept out of line before AD): d/dx of x * snap(x) is snap(x) = 2 at 2.3 for each; were
    the attribute lost (or the helper inlined first) it would be 2 + 2.3."""
    text = """
    #include <cstdio>
    extern "C" double __enzyme_autodiff(void *, ...);
    static volatile double M = 6755399441055744.0;
    template <typename T> __attribute__((enzyme_inactive)) T snap(T v) { return (v + M) - M; }
    static inline __attribute__((enzyme_inactive, always_inline)) double snap2(double v) {
        return (v + M) - M;
    }
    static __attribute__((enzyme_inactive)) double snap3(double v) { return (v + M) - M; }
    double f(double x) { return x * snap(x) + x * snap2(x) + x * snap3(x); }
    int main() { std::printf("%g\\n", __enzyme_autodiff((void *)f, 2.3)); return 0; }
    """
    write(tmp_path, "t.cpp", text)
    run_enzymec(opt, "t.cpp", "-o", "t", cwd=tmp_path, check=True)
    out = subprocess.run([str(tmp_path / "t")], capture_output=True, text=True).stdout
    assert out.strip() == "6", out
