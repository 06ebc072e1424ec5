"""The way a split function went, recomputed in its reverse (enzymec/ad/split/record_tag.py),
read from the IR after AD of tests/c/record_way_recomputed.c: `walk` chooses its arm from
its integer arguments, so its reverse computes its return's predecessor number with selects
and its record keeps no copy of it; `hop` chooses by comparing a loaded input with its
callee's result, so that number stays in its record. The gradients are checked against
finite differences by tests/c/record_way_recomputed.c itself."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

PROGRAM = Path(__file__).resolve().parents[1] / "c" / "record_way_recomputed.c"


def ir_after_ad(tmp_path) -> str:
    exe = shutil.which("enzymec")
    command = [exe] if exe else [sys.executable, "-m", "enzymec"]
    proc = subprocess.run([*command, "-O2", "--enzymec-dump-ir=ad", "-c", str(PROGRAM), "-o",
                           str(tmp_path / "case.o")], capture_output=True, text=True, check=True)
    return proc.stdout + proc.stderr


def body(ir: str, name: str) -> str:
    start = re.search(rf"^define [^\n]*@{re.escape(name)}\(", ir, re.M).start()
    return ir[start:ir.index("\n}\n", start)]


def test_way_chosen_by_arguments_is_recomputed(tmp_path):
    ir = ir_after_ad(tmp_path)
    forward, reverse = body(ir, "walk.augmented"), body(ir, "walk.reverse")
    assert not re.search(r"store i32 %came\.from", forward)
    assert "came.from.restored" not in reverse
    assert re.search(r"%came\.from\.re[.\d]* = select i1 %way\.cond", reverse)
    assert re.search(r"%way\.cond[.\d]* = icmp s(le|lt|gt) i32 %arg1, ", reverse)


def test_way_chosen_by_a_loaded_value_is_taped(tmp_path):
    ir = ir_after_ad(tmp_path)
    forward, reverse = body(ir, "hop.augmented"), body(ir, "hop.reverse")
    assert re.search(r"store i32 %came\.from", forward)
    assert "came.from.restored" in reverse
    assert "way.cond" not in reverse
