"""The pre-AD pipeline run by clang (enzymec/driver/clang_pre_ad.py).

The AD's input must not change: the pre-AD IR from clang is compared with llvmlite's on
programs that take the pre-AD passes' interesting paths (a loop with a tape, an inlined
helper, a registered custom derivative kept out of line, a C++ method and virtual call),
and the user's flags that would add passes of their own never reach this clang.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import pytest

from drivertools import run_enzymec, write
from enzymec.driver import clang_pre_ad, pipeline
from enzymec.driver.options import parse_args
from enzymec.driver.pipeline import Context
from enzymec.driver.toolchain import Toolchain, find_toolchain

C_PROGRAM = r"""
#include <math.h>
#include <stdio.h>
#include <enzyme.h>
static double sq(double v) { return v * v; }
double g(double x);
double g_fwd(double x, double dx) { return cos(x) * dx; }
void *__enzyme_register_derivative_g[] = {(void *)g, (void *)g_fwd};
double g(double x) { return sin(x); }
double f(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += exp(x[i]) * sq(log(1.0 + x[i] * x[i])) + g(x[i]);
    return s;
}
void grad(const double *x, double *dx, int n, int w) {
    if (w) __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_const, n);
    else __enzyme_autodiff((void *)sq, x[0]);
}
int main(void) {
    double x[5] = {0.1, -0.4, 0.7, 1.3, -2.0}, dx[5] = {0};
    grad(x, dx, 5, 1);
    for (int i = 0; i < 5; i++) printf("%.12f\n", dx[i]);
    return 0;
}
"""

CXX_PROGRAM = r"""
#include <enzyme.h>
struct Shape { virtual double area(double s) const = 0; virtual ~Shape() {} };
struct Square : Shape { double area(double s) const override { return s * s; } };
static double total(const Shape &sh, double s) { return sh.area(s) + sh.area(2 * s); }
double f(double s) { Square q; return total(q, s); }
double df(double s) { return __enzyme_autodiff((void *)f, s); }
"""

ZIG = Toolchain(("zig", "cc"), ("zig", "c++"), "22.1.8", True)


def _context(argv: list[str], tc: Toolchain = ZIG, tmpdir: str | None = None) -> Context:
    return Context(parse_args(argv), tc, tmpdir or tempfile.gettempdir())


_TYPE_NAME = re.compile(r'%"[^"]*"|%[-\w.$]+')


def _canonical(text: str) -> list[str]:
    """`text` without comments and the module's name, each named type renamed by its place
    among the type definitions: llvmlite's one LLVMContext appends `.N` to type names it has
    seen in an earlier module of the process, clang's names are the frontend's."""
    names = re.findall(r'^(%"[^"]*"|%[-\w.$]+) = type\b', text, re.MULTILINE)
    mapping = {name: f"%T{i}" for i, name in enumerate(names)}
    lines = [ln for ln in text.splitlines() if not ln.startswith((";", "source_filename"))]
    return [_TYPE_NAME.sub(lambda m: mapping.get(m[0], m[0]), ln) for ln in lines]


def _pre_ad(tmp_path: Path, src: str, level: str, how: str) -> list[str]:
    """The pre-AD dump of `src` at `level` from `how`, canonical (_canonical)."""
    out = tmp_path / how
    proc = run_enzymec("-v", *level.split(), "-c", src, "-o", tmp_path / f"{how}.o",
                       f"--enzymec-pre-ad={how}", "--enzymec-dump-ir=pre-ad",
                       f"--enzymec-dump-dir={out}", check=True)
    ran = ".out.ll" in proc.stderr and "llvmlite runs the pre-AD" not in proc.stderr
    assert ran is (how == "clang"), proc.stderr  # clang did run (no silent fallback)
    return _canonical((out / f"{Path(src).name}.pre-ad.ll").read_text())


# -g: clang's -O2 turns dbg.declare into dbg_assign (assignment tracking), which llvmlite's
# pipeline does not; the AD's output then failed the verifier and lost all debug info
@pytest.mark.parametrize("level", ["-O0", "-O2", "-O3", "-O0 -g", "-O2 -g"])
@pytest.mark.parametrize("name, program", [("p.c", C_PROGRAM), ("p.cpp", CXX_PROGRAM)])
def test_same_pre_ad_ir_as_llvmlite(tmp_path, level, name, program):
    src = write(tmp_path, name, program)
    clang, lite = _pre_ad(tmp_path, src, level, "clang"), _pre_ad(tmp_path, src, level, "llvmlite")
    assert any(ln.startswith("define") for ln in clang) and clang == lite


def test_program_runs_with_the_same_gradient(tmp_path):
    src = write(tmp_path, "p.c", C_PROGRAM)
    outputs = []
    for how in ("clang", "llvmlite"):
        run_enzymec("-O2", src, "-o", tmp_path / how, "-lm", f"--enzymec-pre-ad={how}", check=True)
        outputs.append(subprocess.run([str(tmp_path / how)], capture_output=True, text=True,
                                      check=True).stdout)
    values = [float(v) for v in outputs[0].split()]
    assert outputs[0] == outputs[1] and len(values) == 5 and all(v != 0 for v in values)


def test_only_the_target_reaches_clang():
    argv = ["-O3", "-march=x86-64-v3", "-fsanitize=address", "-fno-inline",
            "-fno-builtin", "-flto", "-DX=1", "-c", "x.c"]
    cmd = clang_pre_ad.command(_context(argv), "in.ll", "out.ll")
    assert cmd[:3] == ["zig", "cc", "-march=x86_64_v3"]
    user = {"-fsanitize=address", "-fno-inline", "-fno-builtin", "-flto", "-DX=1", "-O3"}
    assert not user & set(cmd)
    assert cmd[cmd.index("-Xclang") + 1] == "-O2" and "-fno-vectorize" in cmd
    assert cmd[-5:] == ["-S", "-emit-llvm", "-o", "out.ll", "in.ll"]


def test_generic_cpu_when_the_user_names_none():
    assert clang_pre_ad.target_flags(_context(["-O2", "-c", "x.c"])) == ["-march=x86_64"]
    plain = Toolchain(("clang-22",), ("clang-22",), "22.1.8", False)
    assert clang_pre_ad.target_flags(_context(["-O2", "-c", "x.c"], plain)) == []


def _text(lines: int) -> str:
    body = "".join(f"  %v{i} = add i64 %x, {i}\n" for i in range(lines))
    return f"define i64 @f(i64 %x) {{\n{body}  ret i64 %x\n}}\n"


@pytest.mark.parametrize("choice, lines, extra, flags, wanted", [
    ("auto", 3, "", [], True),  # the codegen takes the text route: no llvmlite at all
    ("auto", clang_pre_ad.CLANG_FROM_LINES - 2, "", ["-g"], False),  # llvmlite is loaded
    ("auto", clang_pre_ad.CLANG_FROM_LINES, "", ["-g"], True),
    ("auto", 3, "", ["--enzymec-codegen=llvmlite"], False),
    ("clang", 3, "", ["-g"], True),
    ("llvmlite", 5000, "", [], False),
    ("clang", 5000, "declare void @qsort(ptr, i64, i64, ptr)\n", [], False),
])
def test_who_runs_the_pre_ad_pipeline(choice, lines, extra, flags, wanted):
    ctx = _context(["-O2", "-c", "x.c", f"--enzymec-pre-ad={choice}", *flags])
    assert clang_pre_ad.wanted(ctx, _text(lines) + extra) is wanted


def test_a_failing_clang_leaves_it_to_llvmlite(tmp_path, capsys):
    broken = Toolchain(("false",), ("false",), "22.1.8", False)
    missing = Toolchain(("/nonexistent/clang",), ("/nonexistent/clang",), "22.1.8", False)
    text = _text(3).replace("define i64 @f", "define i64 @__enzyme_autodiff_user") + \
        "define double @g(ptr %p) {\n  %r = call double @__enzyme_autodiff(ptr %p)\n" \
        "  ret double %r\n}\ndeclare double @__enzyme_autodiff(ptr)\n"
    for tc in (broken, missing):
        ctx = _context(["-O2", "-c", "x.c", "--enzymec-pre-ad=clang"], tc, str(tmp_path))
        assert clang_pre_ad.run(ctx, text) is None
        ctx.opts.verbose = True
        clang_pre_ad.run(ctx, text)
        assert "llvmlite runs the pre-AD pipeline" in capsys.readouterr().err
        ctx.opts.verbose = False
        assert "nomerge" in pipeline.pre_ad(ctx, text, "x.ll")


def test_unknown_pre_ad_value_is_an_error():
    with pytest.raises(Exception, match=re.escape("--enzymec-pre-ad=gcc")):
        parse_args(["--enzymec-pre-ad=gcc", "-c", "x.c"])


def test_real_clang_gives_text(tmp_path):
    ctx = _context(["-O2", "-c", "x.c"], find_toolchain(), str(tmp_path))
    out = clang_pre_ad.run(ctx, _text(3))
    assert out is not None and "define" in out and "ret i64 %x" in out and "%v1" not in out
