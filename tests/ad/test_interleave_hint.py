"""`llvm.loop.interleave.count` 1 on the reverse loops that call a math function LLVM has no
vector form of (enzymec/ad/reverse/loop_hints.py, interleave_once), read from the module
after AD: on `pow`'s and on a libm call's (erf, whose derivative calls exp) reverse loop,
not on one of arithmetic or of `sqrt` (a vector instruction); and the gradients of the
hinted loops, built at -O3 for this machine, are the analytic ones."""

from __future__ import annotations

import pathlib
import re
import subprocess

from test_tape_removal import enzymec  # tests/ad is on sys.path (rootdir)

CASES = pathlib.Path(__file__).resolve().parent / "interleave" / "cases.c"
FLAGS = ["-O3", "-march=native", "-fno-math-errno"]
HINT = '!{!"llvm.loop.interleave.count", i32 1}'


def hinted_gradients() -> dict[str, int]:
    """Gradient name -> how many of its branches carry a loop node holding HINT."""
    dump = subprocess.run([*enzymec(), *FLAGS, "-c", CASES.name, "-o", "/dev/null",
                           "--enzymec-dump-ir=ad"], cwd=CASES.parent, capture_output=True,
                          text=True, check=True)
    ir = dump.stdout + dump.stderr
    hints = {m[1] for m in re.finditer(r"^!(\d+) = (.*)$", ir, re.M) if m[2] == HINT}
    nodes = {m[1] for m in re.finditer(r"^!(\d+) = distinct !\{(.*)\}$", ir, re.M)
             if hints & {ref[1:] for ref in m[2].split(", ")}}
    found = {}
    for fn in re.finditer(r"^define [^\n]*@([\w.]+\.gradient)\(.*?\n\}\n", ir, re.M | re.S):
        found[fn[1]] = sum(ref in nodes for ref in re.findall(r"!llvm\.loop !(\d+)", fn[0]))
    return found


def test_only_loops_calling_scalar_math_are_hinted():
    found = hinted_gradients()
    assert set(found) == {"powers.gradient", "erfs.gradient"}  # main asks for these two
    assert found["powers.gradient"] == 1 and found["erfs.gradient"] == 1


def test_arithmetic_and_sqrt_loops_are_not_hinted(tmp_path):
    """The same file with main differentiating squares and roots instead."""
    source = tmp_path / "cases.c"
    text = CASES.read_text().replace("__builtin_autodiff(powers, x, n)", "0")
    text = text.replace("__builtin_autodiff(erfs, enzyme_dup, v, dv, n);",
                        "__builtin_autodiff(squares, enzyme_dup, v, dv, n);\n"
                        "    __builtin_autodiff(roots, enzyme_dup, v, dv, n);")
    source.write_text(text)
    dump = subprocess.run([*enzymec(), *FLAGS, "-I", str(CASES.parents[3] / "include"), "-c",
                           str(source), "-o", "/dev/null", "--enzymec-dump-ir=ad"],
                          capture_output=True, text=True, check=True)
    ir = dump.stdout + dump.stderr
    assert "@squares.gradient" in ir and "@roots.gradient" in ir
    assert HINT not in ir


def test_hinted_gradients_are_right(tmp_path):
    exe = tmp_path / "cases"
    subprocess.run([*enzymec(), *FLAGS, str(CASES), "-o", str(exe), "-lm"], check=True,
                   capture_output=True)
    for n in ("1", "37", "1000"):
        worst = float(subprocess.run([str(exe), n], capture_output=True, text=True,
                                     check=True).stdout)
        assert worst < 1e-12, (n, worst)
