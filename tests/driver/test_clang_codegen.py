"""Object files from clang's -O pipeline and codegen (enzymec/driver/clang_codegen.py).

The post-AD module is handed to clang as bitcode for -c and for the units of a link; the
code must be what llvmlite's pipeline and codegen made of the same module (same LLVM 22,
same -O level: zig cc's own -O3 would be -O2), and the paths that read the optimized
module in process (-S, -emit-llvm, --explain, the opt dump) keep llvmlite.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile

import pytest

from drivertools import run_enzymec, write
from enzymec.driver import backend, clang_codegen
from enzymec.driver.options import parse_args
from enzymec.driver.pipeline import Context
from enzymec.driver.toolchain import Toolchain

# a loop with a data-dependent trip count (a tape), exp and log (runtime-free but
# vectorizable), and an enzyme_dup pointer argument
GRADIENT = r"""
#include <math.h>
#include <stdio.h>
#include <enzyme.h>
double f(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += exp(x[i]) * log(1.0 + x[i] * x[i]);
    return s;
}
void grad(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_const, n);
}
int main(void) {
    double x[5] = {0.1, -0.4, 0.7, 1.3, -2.0}, dx[5] = {0};
    grad(x, dx, 5);
    for (int i = 0; i < 5; i++) printf("%.12f\n", dx[i]);
    return 0;
}
"""

ZIG = Toolchain(("zig", "cc"), ("zig", "c++"), "22.1.8", True)
PLAIN_CLANG = Toolchain(("clang-22",), ("clang-22", "--driver-mode=g++"), "22.1.8", False)


def _context(argv: list[str], tc: Toolchain = ZIG, explain=None) -> Context:
    return Context(parse_args(argv), tc, tempfile.gettempdir(), explain)


def _code(obj) -> str:
    """The disassembly of an object's code, without its file name."""
    out = subprocess.run(["objdump", "-d", "--no-show-raw-insn", str(obj)], check=True,
                         capture_output=True, text=True).stdout
    return "\n".join(out.splitlines()[2:])


@pytest.mark.skipif(shutil.which("objdump") is None, reason="needs binutils' objdump")
@pytest.mark.parametrize("level", ["-O3", "-O2", "-O0"])
def test_same_code_as_llvmlite(tmp_path, level):
    src = write(tmp_path, "g.c", GRADIENT)
    flags = [level, "-march=native", "-fno-math-errno", "-c", src]
    run_enzymec(*flags, "-o", tmp_path / "clang.o", "--enzymec-codegen=clang", check=True)
    run_enzymec(*flags, "-o", tmp_path / "lite.o", "--enzymec-codegen=llvmlite", check=True)
    clang_code, lite_code = _code(tmp_path / "clang.o"), _code(tmp_path / "lite.o")
    assert "grad" in clang_code and clang_code == lite_code


def test_program_runs_and_matches_llvmlite(tmp_path):
    src = write(tmp_path, "g.c", GRADIENT)
    outputs = []
    for extra in (["--enzymec-codegen=clang"], ["--enzymec-codegen=llvmlite"]):
        exe = tmp_path / f"g{len(outputs)}"
        run_enzymec("-O3", src, "-o", exe, "-lm", *extra, check=True)
        outputs.append(subprocess.run([str(exe)], capture_output=True, text=True,
                                      check=True).stdout)
    values = [float(v) for v in outputs[0].split()]
    assert outputs[0] == outputs[1] and len(values) == 5 and all(v != 0 for v in values)


def test_command_keeps_the_level_past_zig():
    cmd = clang_codegen.command(_context(["-O3", "-march=native", "-c", "x.c"]), "a.bc", "a.o")
    assert cmd[:2] == ["zig", "cc"] and cmd[-4:] == ["-c", "-o", "a.o", "a.bc"]
    assert "-O3" in cmd and cmd[cmd.index("-Xclang") + 1] == "-O3"
    assert "-g0" in cmd and "-march=native" in cmd


def test_command_drops_lto_and_keeps_user_codegen_flags():
    argv = ["-O2", "-flto=thin", "-fno-vectorize", "-fPIC", "-DX=1", "-g", "-c", "x.c"]
    cmd = clang_codegen.command(_context(argv, PLAIN_CLANG), "a.bc", "a.o")
    assert not any(f.startswith("-flto") for f in cmd)
    assert "-fno-vectorize" in cmd and "-fPIC" in cmd and "-g" in cmd and "-g0" not in cmd
    assert "-Xclang" not in cmd  # only zig cc rewrites the level
    assert cmd.index("-Wno-override-module") > cmd.index("-fno-vectorize")


@pytest.mark.parametrize("argv, wanted", [
    (["-O3", "-c", "x.c"], True),
    (["-O3", "x.c", "-o", "x"], True),
    (["-O3", "-S", "x.c"], False),
    (["-O3", "-c", "-emit-llvm", "x.c"], False),
    (["-O3", "-c", "--enzymec-dump-ir=opt", "x.c"], False),
    (["-O3", "-c", "--enzymec-dump-ir=ad", "x.c"], True),
    (["-O3", "-c", "--enzymec-codegen=llvmlite", "x.c"], False),
    (["-O3", "-c", "--enzymec-codegen=clang", "x.c"], True),
])
def test_who_runs_codegen(argv, wanted):
    assert clang_codegen.wanted(_context(argv)) is wanted


def test_explain_keeps_llvmlite():
    assert not clang_codegen.wanted(_context(["-O3", "-c", "x.c"], explain=object()))


def _module_and_text(instructions: int):
    body = "".join(f"  %v{i} = add i64 %x, {i}\n" for i in range(instructions))
    text = f"define i64 @f(i64 %x) {{\n{body}  ret i64 %x\n}}\n"
    return backend.parse_ir(text, "size.ll"), text


@pytest.mark.parametrize("codegen, instructions, deferred", [
    ("auto", clang_codegen.CLANG_FROM_LINES - 2, False),
    ("auto", clang_codegen.CLANG_FROM_LINES, True),
    ("clang", 3, True),
    ("llvmlite", 5000, False),
])
def test_small_modules_stay_in_llvmlite_by_default(codegen, instructions, deferred):
    ctx = _context(["-O2", "-c", "x.c", f"--enzymec-codegen={codegen}"])
    module, text = _module_and_text(instructions)
    assert clang_codegen.defer(ctx, module, text) is deferred


def test_object_of_a_module_not_deferred_comes_from_llvmlite(tmp_path):
    ctx = Context(parse_args(["-O2", "-c", "x.c", "--enzymec-codegen=clang"]), ZIG,
                  str(tmp_path))  # zig is no command here: clang would fail to start
    module, _ = _module_and_text(3)
    assert clang_codegen.emit_object(ctx, module)[:4] == b"\x7fELF"


def test_unknown_codegen_value_is_an_error():
    with pytest.raises(Exception, match=re.escape("--enzymec-codegen=gcc")):
        parse_args(["--enzymec-codegen=gcc", "-c", "x.c"])
