"""The frontend's IR text written by clang's cc1 itself (enzymec/driver/frontend_ir.py).

What must hold: the text is the one llvmlite printed from the bitcode before (a C and a
C++ program, with and without -g, at -O0 and -O3), the text route is the one taken when
zig's cc1 runs directly, and every way it can fail (a command that does not write
bitcode, text that cannot be read) gives the bitcode route's text instead.
"""

from __future__ import annotations

import os

import pytest

from drivertools import write
from test_clang_pre_ad import _canonical  # types by place: llvmlite's context renames them
from enzymec.driver import frontend_ir, pipeline
from enzymec.driver.options import Input, parse_args
from enzymec.driver.pipeline import Context
from enzymec.driver.resources import include_dir
from enzymec.driver.toolchain import find_toolchain

C_PROGRAM = r"""
#include <math.h>
#include <enzyme.h>
struct point { double x, y; };
static const char *label = "caf\xc3\xa9 \t\x01";
double f(const struct point *p, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += exp(p[i].x) * log(1.0 + p[i].y * p[i].y);
    return s + (label[0] == 'c');
}
void grad(const struct point *p, struct point *dp, int n) {
    __enzyme_autodiff((void *)f, enzyme_dup, p, dp, enzyme_const, n);
}
"""

CXX_PROGRAM = r"""
#include <enzyme.h>
#include <vector>
struct Shape { virtual double area(double s) const = 0; virtual ~Shape() {} };
struct Square : Shape { double area(double s) const override { return s * s; } };
template <class T> static T total(const Shape &sh, T s) { return sh.area(s) + sh.area(2 * s); }
double f(double s) { Square q; std::vector<double> v{s, s}; return total(q, v[0] + v[1]); }
double df(double s) { return __enzyme_autodiff((void *)f, s); }
"""

TC = find_toolchain()
needs_zig = pytest.mark.skipif(not TC.is_zig, reason="the text route needs zig's cc1")


def _frontend(tmp_path, src, level: str) -> tuple[str, list[str]]:
    """The frontend's text of `src`, and the files it left in its scratch directory."""
    work = tmp_path / f"work{len(os.listdir(tmp_path))}"
    work.mkdir()
    argv = [*level.split(), "-isystem", include_dir(), "-c", str(src)]  # as cli.main adds it
    ctx = Context(parse_args(argv), TC, str(work))
    lang = "c++" if str(src).endswith(".cpp") else "c"
    text = pipeline.frontend(ctx, Input(str(src), lang), str(tmp_path / "x.o"))
    return text, sorted(os.listdir(work))


@needs_zig
@pytest.mark.parametrize("level", ["-O0 -g", "-O3 -march=native", "-O2 -g"])
@pytest.mark.parametrize("name, program", [("p.c", C_PROGRAM), ("p.cpp", CXX_PROGRAM)])
def test_cc1_text_is_llvmlites_printing_of_the_bitcode(tmp_path, monkeypatch, level, name,
                                                       program):
    src = write(tmp_path, name, program)
    text, files = _frontend(tmp_path, src, level)
    assert files == ["fe0.ll"]  # the text route: no bitcode written, none parsed
    monkeypatch.setattr(frontend_ir, "to_text", lambda bitcode: lambda direct: None)
    printed, files = _frontend(tmp_path, src, level)
    assert files == ["fe0.bc"]
    assert "define" in text and "__enzyme_autodiff" in text
    assert _canonical(text) == _canonical(printed)


@needs_zig
def test_text_that_cannot_be_read_leaves_it_to_zig_cc_and_the_bitcode(tmp_path, monkeypatch):
    src = write(tmp_path, "p.c", C_PROGRAM)
    text, _ = _frontend(tmp_path, src, "-O2")
    monkeypatch.setattr(frontend_ir, "read_text", lambda bitcode: None)
    again, files = _frontend(tmp_path, src, "-O2")
    assert "fe0.bc" in files and _canonical(again) == _canonical(text)


def test_the_edit_swaps_bitcode_for_text_and_drops_the_use_lists():
    direct = ["zig", "clang", "-cc1", "-emit-llvm-bc", "-emit-llvm-uselists", "-o",
              "/t/fe0.bc", "-x", "c", "a.c"]
    assert frontend_ir.to_text("/t/fe0.bc")(direct) == \
        ["zig", "clang", "-cc1", "-emit-llvm", "-o", "/t/fe0.ll", "-x", "c", "a.c"]


@pytest.mark.parametrize("direct", [
    ["zig", "clang", "-cc1", "-emit-obj", "-o", "/t/fe0.bc", "a.c"],  # not bitcode
    ["zig", "clang", "-cc1", "-emit-llvm-bc", "-o", "/t/other.bc", "a.c"],  # another output
    ["zig", "clang", "-cc1", "-emit-llvm-bc", "-o", "/t/fe0.bc", "-o", "/t/fe0.bc", "a.c"],
])
def test_a_command_of_another_shape_is_left_as_it_is(direct):
    assert frontend_ir.to_text("/t/fe0.bc")(direct) is None
