"""The examples/lang programs build with the README's commands and print right numbers
(the gradient of logsumexp is softmax, its forward-mode derivative along v the dot
product; of x*x at 3 is 6; of the Fortran weighted norm
w*x/|x|_w)."""

from __future__ import annotations

import math
import re
import subprocess
import sys

import pytest

import langcheck

EXAMPLES = langcheck.HERE.parent.parent / "examples" / "lang"
SOFTMAX = [math.exp(v) / sum(math.exp(u) for u in (1, 2, 3, 4)) for v in (1, 2, 3, 4)]


def _sh(cmd: list, cwd) -> str:
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, cwd=cwd,
                          timeout=300)
    assert proc.returncode == 0, f"{cmd}:\n{proc.stdout}{proc.stderr}"
    return proc.stdout


def _numbers(line_start: str, text: str) -> list[float]:
    line = next(l for l in text.splitlines() if l.startswith(line_start))
    return [float(v) for v in re.findall(r"-?\d+\.\d+(?:e-?\d+)?", line.split("=", 1)[1])]


def _softmax_printed(out: str) -> None:
    assert _numbers("gradient", out) == pytest.approx(SOFTMAX, abs=1e-5), out


def test_fortran_example(tmp_path):
    langcheck.require("fortran")
    _sh(["enzymec", "-O2", EXAMPLES / "logsumexp.f90", "-o", "lse_f"], tmp_path)
    out = _sh(["./lse_f"], tmp_path)
    _softmax_printed(out)
    assert _numbers("d/dv", out) == pytest.approx([SOFTMAX[0] - SOFTMAX[3]], abs=1e-5), out


def test_rust_example(tmp_path):
    rustc = langcheck.rustc()
    _sh([rustc, "--emit=llvm-bc", "--crate-type=lib", "-C", "panic=abort", "-C", "opt-level=2",
         "-C", "no-vectorize-loops", "-C", "no-vectorize-slp", EXAMPLES / "logsumexp.rs",
         "-o", "lse.bc"], tmp_path)
    (tmp_path / "rsstd.rs").write_text("\n")
    _sh([rustc, "--crate-type=staticlib", "-C", "panic=abort", "rsstd.rs", "-o", "librsstd.a"],
        tmp_path)
    _sh(["enzymec", "-O2", "lse.bc", "-o", "lse_rs", "-L.", "-lrsstd", "-lm"], tmp_path)
    _softmax_printed(_sh(["./lse_rs"], tmp_path))


def test_zig_example(tmp_path):
    _sh([sys.executable, "-m", "ziglang", "build-obj", "-O", "ReleaseSmall", "-fno-strip",
         "-femit-llvm-bc=lse.bc", "-fno-emit-bin", EXAMPLES / "logsumexp.zig"], tmp_path)
    _sh(["enzymec", "-O2", "lse.bc", "-o", "lse_zig", "-lm"], tmp_path)
    _softmax_printed(_sh(["./lse_zig"], tmp_path))


def test_ir_example(tmp_path):
    _sh(["enzymec", "-O2", EXAMPLES / "square.ll", "-o", "square_ll"], tmp_path)
    assert _sh(["./square_ll"], tmp_path).strip() == "d/dx x*x at 3.0 = 6"


def test_fortran_from_c_example(tmp_path):
    langcheck.require("fortran")
    _sh(["enzymec", "-flto", "-O2", EXAMPLES / "fortran_from_c.c",
         EXAMPLES / "fortran_kernel.f90", "-o", "fc"], tmp_path)
    out = _sh(["./fc"], tmp_path)
    x, w = (1.0, -2.0, 0.5), (1.0, 2.0, 3.0)
    r = math.sqrt(sum(wi * xi * xi for xi, wi in zip(x, w)))
    got = [float(v) for v in out.split("gradient =")[1].split()]
    assert got == pytest.approx([wi * xi / r for xi, wi in zip(x, w)], rel=1e-5), out
