"""The runtime linked into a unit's IR text (enzymec/driver/rt_text.py).

What must hold: a derivative that keeps tapes compiles, through the text route, to the
object code the llvmlite link gives (at -O3 -march=native and -O1, with user names that
the runtime's own types, globals and helpers also use); the runtime's attribute groups and
metadata are numbered after the unit's; a unit that already declares what the runtime
declares keeps its own declaration; a unit that defines a runtime function (linked before
AD), or declares one in a form the text link does not read, takes the llvmlite route.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from drivertools import write
from enzymec.driver import cli, rt_text, text_codegen
from enzymec.driver.options import parse_args
from enzymec.driver.pipeline import Context
from enzymec.driver.toolchain import find_toolchain

needs_zig = pytest.mark.skipif(not find_toolchain().is_zig, reason="the text route needs zig")

# A loop whose reverse pass reads a tape (stack tape and record functions of the runtime),
# with user names the runtime also has: a struct `records`, a global `gc_pairs`, `abort`.
TAPED = r"""
#include <math.h>
#include <stdlib.h>
#include <enzyme.h>
struct records { int a, b; };
struct records gc_pairs = {1, 2};
double f(const double *x, int n) {
    double s = 1;
    for (int i = 0; i < n; i++) {
        if (x[i] > 1e300) abort();
        s = sin(s * x[i]) + exp(x[i] * s) * gc_pairs.a;
    }
    return s;
}
void g(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_const, n);
}
"""


# A call whose memory the gradient check can size (local arrays).
CHECKED = r"""
double h(const double *x, int n) {
    double s = 1;
    for (int i = 0; i < n; i++) s = sin(s * x[i]) + exp(x[i] * s);
    return s;
}
double g_checked(void) {
    double x[4] = {0.1, 0.2, 0.3, 0.4}, dx[4] = {0};
    __enzyme_autodiff((void *)h, enzyme_dup, x, dx, enzyme_const, 4);
    return dx[0];
}
"""


def _disassembly(obj) -> str:
    out = subprocess.run(["objdump", "-d", "--no-addresses", "--no-show-raw-insn", str(obj)],
                         capture_output=True, text=True, check=True).stdout
    return out.split("\n", 3)[-1]


@needs_zig
@pytest.mark.parametrize("flags", [["-O3", "-march=native", "-fno-math-errno"], ["-O1"]])
def test_the_object_code_is_the_llvmlite_links(tmp_path, monkeypatch, flags):
    src = write(tmp_path, "t.c", TAPED)
    linked, real = [], rt_text.link
    monkeypatch.setattr(rt_text, "link", lambda ctx, text: linked.append(real(ctx, text))
                        or linked[-1])
    argv = [*flags, "--enzymec-codegen=clang", "-c", str(src)]
    assert cli.main([*argv, "-o", str(tmp_path / "text.o")]) == 0
    assert len(linked) == 1 and re.search(r"^define internal [^\n]*@__enzymec_", linked[0], re.M)
    monkeypatch.setattr(rt_text, "link", lambda ctx, text: None)  # the llvmlite route
    assert cli.main([*argv, "-o", str(tmp_path / "lite.o")]) == 0
    code = _disassembly(tmp_path / "text.o")
    assert "__enzymec" not in subprocess.run(["nm", "-g", str(tmp_path / "text.o")],
                                             capture_output=True, text=True).stdout
    assert code.count("\n") > 100 and _disassembly(tmp_path / "lite.o") == code


UNIT = """; unit
target triple = "x86_64-unknown-linux-gnu"
@stderr = external global ptr
declare void @free(ptr) #0
define void @f(ptr %p) #1 {
  call void @free(ptr %p), !tag !7
  ret void
}
attributes #0 = { nounwind }
attributes #1 = { nounwind }
!7 = !{!"x"}
!12 = !{!7}
"""


def test_the_runtime_is_numbered_after_the_unit_and_keeps_its_declarations():
    assert rt_text._next_ids(UNIT) == (2, 13)
    piece = ('declare void @free(ptr) \x00#0\x00\n@stderr = external global ptr\n'
             'declare void @abort()\n')
    kept = rt_text._drop_known(piece, UNIT)
    assert kept == "declare void @abort()\n"


def test_local_names_are_renamed_only_where_the_unit_has_them():
    body = "@\x00Lgc_pairs\x00 = internal global i32 0\n@\x00L.str\x00 = private global i8 0\n"
    out = rt_text._rename_apart(body, "; unit\n@gc_pairs = global i32 1\n@.str.1 = global i8 0\n")
    assert out == "@__enzymec_rt.gc_pairs = internal global i32 0\n@.str = private global i8 0\n"


def test_marks_skip_strings_and_rename_types():
    text = ('%struct.records.3 = type { ptr }\n@s = private constant [3 x i8] c"#1!2"\n'
            'define void @f(ptr %struct.records.3x) #4 { ret void, !dbg !5 }\n'
            '@g = global %struct.records.3 zeroinitializer\n')
    out = rt_text._relocatable(text, ["s"])
    assert 'c"#1!2"' in out and "\x00#4\x00" in out and "\x00!5\x00" in out
    assert "@\x00Ls\x00 = private" in out and "@g = global" in out
    assert "%__enzymec_rt.type.0 = type" in out and "%struct.records.3x" in out
    assert "global %__enzymec_rt.type.0 zeroinitializer" in out


@pytest.mark.parametrize("text", [
    "; unit\ndefine void @__enzymec_qsort(ptr %p) {\n  ret void\n}\n",  # linked before AD
    '; unit\ndeclare void @"__enzymec_odd name"(ptr)\n',  # a declaration it does not read
    "declare void @__enzymec_tape_keep(ptr, i64)\n",  # no line before it
])
def test_what_the_text_link_does_not_read_takes_the_llvmlite_route(tmp_path, text):
    ctx = Context(parse_args(["-O2", "-c", "x.c"]), find_toolchain(), str(tmp_path))
    assert rt_text.link(ctx, text) is None


@needs_zig
def test_gradient_check_wrappers_are_the_units_own(tmp_path, monkeypatch):
    """`__enzymec_checked.` wrappers are defined by the AD, not the runtime: the unit still
    takes the text route, with the runtime's gradient-check functions appended."""
    src = write(tmp_path, "t.c", TAPED + CHECKED)
    argv = ["-O2", "--check-gradients", "--enzymec-codegen=clang", "-c", str(src)]
    linked, real = [], rt_text.link
    monkeypatch.setattr(rt_text, "link", lambda ctx, text: linked.append(real(ctx, text))
                        or linked[-1])
    assert cli.main([*argv, "-o", str(tmp_path / "text.o")]) == 0
    assert "define internal" in linked[0] and "@__enzymec_checked." in linked[0]
    assert re.search(r"^define internal [^\n]*@__enzymec_gradcheck_begin\(", linked[0], re.M)
    monkeypatch.setattr(rt_text, "link", lambda ctx, text: None)
    assert cli.main([*argv, "-o", str(tmp_path / "lite.o")]) == 0
    assert _disassembly(tmp_path / "lite.o") == _disassembly(tmp_path / "text.o")


def test_a_mention_that_is_no_declaration_leaves_the_text_alone():
    text = '@s = constant [12 x i8] c"__enzymec_x\\00"\n'
    assert rt_text.link(None, text) == text


@needs_zig
def test_a_piece_that_cannot_be_built_takes_the_llvmlite_route(tmp_path, monkeypatch):
    src = write(tmp_path, "t.c", TAPED)
    monkeypatch.setattr(rt_text, "piece", lambda ctx, stubs: None)
    emitted, real = [], text_codegen.emit
    monkeypatch.setattr(text_codegen, "emit", lambda *a: emitted.append(real(*a)) or
                        emitted[-1])
    argv = ["-O2", "--enzymec-codegen=clang", "-c", str(src), "-o", str(tmp_path / "t.o")]
    assert cli.main(argv) == 0
    assert emitted == [None] and (tmp_path / "t.o").stat().st_size > 1000


def test_names_the_unit_has_are_whole_names_of_its_declarations_definitions_and_globals():
    unit = ("\ndeclare void @abort.cold()\ndefine i32 @gc_pairs.1(ptr %p) {\n  ret i32 0\n}"
            "\n@records = global i32 0\n  call void @free(ptr null)\n@\"quoted\" = global i8 0")
    names = {"abort", "abort.cold", "gc_pairs", "gc_pairs.1", "records", "free", "quoted"}
    assert rt_text._named(unit, names) == {"abort.cold", "gc_pairs.1", "records"}
