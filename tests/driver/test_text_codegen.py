"""A unit's object code from the AD's IR text, with no llvmlite in between
(enzymec/driver/text_codegen.py).

What must hold: the object's code is the one the llvmlite route gives (parse, drop debug
info, verify, bitcode, clang); a `-c` compile of a program whose derivative calls no
runtime function never loads llvmlite's library, nor one that needs the runtime (a tape:
rt_text.py links it as text, tests/driver/test_rt_text.py); clang's note about the dropped debug info never reaches the
user; -g keeps its debug info; a module clang rejects goes the llvmlite route, which
reports it; the rules of who takes the route hold.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

import pytest

from drivertools import REPO, write
from enzymec.diagnostics import CompileError
from enzymec.driver import backend, cli, text_codegen
from enzymec.driver.options import parse_args
from enzymec.driver.pipeline import Context
from enzymec.driver.toolchain import Toolchain, find_toolchain

# Straight-line derivative code (no tape, no runtime call), over 300 instruction lines.
STRAIGHT = r"""
#include <math.h>
#include <enzyme.h>
double f(double x, double y) {
    double s = 0;
    s += sin(x * y) * exp(x) + log(1 + y * y) * cos(x);
    s += tanh(s * x) / (1 + y * y) + sqrt(1 + s * s) * atan(x);
    s += pow(x, 3.5) * sin(s) - cos(y * s) * exp(-x * x);
    return s * s + x * y;
}
double dfdx(double x, double y) { return __enzyme_autodiff((void *)f, x, enzyme_const, y); }
"""

# A loop whose reverse pass reads a tape: the derivative calls the runtime.
TAPED = r"""
#include <math.h>
#include <enzyme.h>
double f(const double *x, int n) {
    double s = 1;
    for (int i = 0; i < n; i++) s = sin(s * x[i]) + exp(x[i] * s);
    return s;
}
void g(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_const, n);
}
"""

TC = find_toolchain()
needs_zig = pytest.mark.skipif(not TC.is_zig, reason="the text route needs zig's cc1")


def _text_section(obj) -> bytes:
    out = subprocess.run(["objcopy", "-O", "binary", "-j", ".text", str(obj), "/dev/stdout"],
                         capture_output=True, check=True)
    return out.stdout


def _compile_here(src, obj, *flags) -> None:
    assert cli.main([*flags, "-c", str(src), "-o", str(obj)]) == 0


@needs_zig
@pytest.mark.parametrize("flags", [["-O3", "-march=native", "-fno-math-errno"], ["-O1"]])
def test_the_object_code_is_the_llvmlite_routes(tmp_path, monkeypatch, flags):
    src = write(tmp_path, "s.c", STRAIGHT)
    emitted = []
    real = text_codegen.emit
    monkeypatch.setattr(text_codegen, "emit", lambda *a: emitted.append(1) or real(*a))
    _compile_here(src, tmp_path / "text.o", *flags, "--enzymec-codegen=clang")
    assert emitted == [1]
    monkeypatch.setattr(text_codegen, "wanted", lambda ctx: False)
    _compile_here(src, tmp_path / "lite.o", *flags, "--enzymec-codegen=clang")
    code = _text_section(tmp_path / "text.o")
    assert len(code) > 200 and _text_section(tmp_path / "lite.o") == code


def _loads_llvmlite(tmp_path, src, *flags) -> tuple[bool, str]:
    code = ("import sys; from enzymec.driver.cli import main; "
            f"status = main({[*flags, '-c', str(src), '-o', str(tmp_path / 'x.o')]!r}); "
            "print(status, 'llvmlite.binding' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO)})
    status, loaded = proc.stdout.split()
    assert status == "0", proc.stderr
    return loaded == "True", proc.stderr


@needs_zig
def test_a_compile_without_runtime_calls_never_loads_llvmlite(tmp_path):
    src = write(tmp_path, "s.c", STRAIGHT)
    flags = ["-O2", "--enzymec-codegen=clang", "--enzymec-pre-ad=clang"]  # a small module
    _loads_llvmlite(tmp_path, src, *flags)  # the first run remembers llvm_facts
    loaded, stderr = _loads_llvmlite(tmp_path, src, *flags)
    assert not loaded and "debug info" not in stderr and stderr == ""


@needs_zig
def test_a_derivative_calling_the_runtime_loads_no_llvmlite_either(tmp_path):
    src = write(tmp_path, "t.c", TAPED)
    flags = ["-O2", "--enzymec-codegen=clang", "--enzymec-pre-ad=clang"]
    _loads_llvmlite(tmp_path, src, *flags)  # the first run caches the runtime's text
    loaded, stderr = _loads_llvmlite(tmp_path, src, *flags)
    assert not loaded and stderr == ""


@needs_zig
def test_g_keeps_its_debug_info(tmp_path):
    src = write(tmp_path, "s.c", STRAIGHT)
    _compile_here(src, tmp_path / "g.o", "-O2", "-g", "--enzymec-codegen=clang")
    _compile_here(src, tmp_path / "n.o", "-O2", "--enzymec-codegen=clang")
    sections = [subprocess.run(["objdump", "-h", str(tmp_path / name)], capture_output=True,
                               text=True, check=True).stdout for name in ("g.o", "n.o")]
    assert ".debug_info" in sections[0] and ".debug" not in sections[1]


BROKEN = """define i32 @f(i32 %x) {
entry:
  %y = add i32 %z, 1
  %z = add i32 %x, 1
  ret i32 %y
}
"""


def _ctx(argv: list[str], tc: Toolchain = TC, tmpdir: str | None = None) -> Context:
    mode = [] if "-S" in argv else ["-c"]
    return Context(parse_args(argv + [*mode, "x.c"]), tc, tmpdir or tempfile.gettempdir())


@needs_zig
def test_a_module_clang_rejects_goes_the_llvmlite_route_and_is_reported(tmp_path):
    ctx = _ctx(["-O2"], tmpdir=str(tmp_path))
    assert text_codegen.emit(ctx, BROKEN) is None
    unit = text_codegen.TextUnit(BROKEN, lambda: backend.parse_ir(BROKEN, "x.c"))
    with pytest.raises(CompileError, match="does not dominate"):
        unit.object_code(ctx)


def _lines(n: int, extra: str = "") -> str:
    body = "".join(f"  %v{i} = add i64 %x, {i}\n" for i in range(n))
    return f"define i64 @f(i64 %x) {{\n{body}  ret i64 %x\n}}\n{extra}"


ZIG = Toolchain(("zig", "cc"), ("zig", "c++"), "22.1.8", True)
CLANG = Toolchain(("clang-22",), ("clang-22",), "22.1.8", False)


@pytest.mark.parametrize("argv, tc, text, wanted", [
    (["-O2"], ZIG, _lines(400), True),
    (["-O2"], ZIG, _lines(100), True),  # small too: loading llvmlite costs more
    (["-O2", "--enzymec-codegen=clang"], ZIG, _lines(100), True),
    (["-O2", "--enzymec-codegen=llvmlite"], ZIG, _lines(400), False),
    (["-O2", "-g"], ZIG, _lines(400), False),
    (["-O2"], ZIG, _lines(400, "declare void @__enzymec_tape_keep(ptr)\n"), True),
    (["-O2", "-S"], ZIG, _lines(400), False),
    (["-O2", "-emit-llvm"], ZIG, _lines(400), False),
    (["-O2", "--enzymec-dump-ir=opt"], ZIG, _lines(400), False),
    (["-O2"], CLANG, _lines(400), False),  # no direct cc1 command
])
def test_who_takes_the_text_route(argv, tc, text, wanted):
    assert text_codegen.wanted(_ctx(argv, tc)) is wanted
