"""Vector forward mode as `<N x T>` operations (enzymec/ad/vector/vector_ops.py).

vector_ops/lanes.c calls three functions at width N and N times at width 1 at 12 seeded
points (both signs, so both arms of every select): the tangents must agree bit for bit.
The width-N tangents' IR must hold the vector operations (phis of a loop, selects on a
primal condition, fdiv, fneg, float/double casts), with the width rounded up to a power of
two lanes (width 3: `<4 x T>`, its fourth lane never packed or extracted), and a lone fsub
between loads and stores must stay scalar (the cost rule)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(__file__).resolve().parent / "vector_ops" / "lanes.c"
VECTOR_OP = re.compile(r"= (phi|select|fadd|fsub|fmul|fdiv|fneg|fpext|fptrunc)\b[^<]*"
                       r"<(\d+) x (double|float)>")


@pytest.fixture(scope="module", params=["-O0", "-O3"])
def built(request, tmp_path_factory):
    exe = tmp_path_factory.mktemp("vector_ops") / f"lanes{request.param}"
    done = subprocess.run([sys.executable, "-m", "enzymec", request.param, "-fno-math-errno",
                           "--enzymec-dump-ir=ad", str(SOURCE), "-o", str(exe), "-lm"],
                          capture_output=True, text=True, cwd=ROOT, check=True,
                          env={**os.environ})
    return done.stdout + done.stderr, exe


def width_n_tangents(ir: str) -> dict[str, str]:
    """The synthesized width-N functions (those with lane arguments) by name."""
    return {m.group(1): m.group(0) for m in
            re.finditer(r"define internal [^@]*@(\w+)\.tangent[.\w]*\(([^\n]*)\n.*?\n}\n",
                        ir, re.S) if ".lane1" in m.group(2)}


def vector_ops(body: str) -> Counter:
    return Counter((op, int(n), ty) for op, n, ty in VECTOR_OP.findall(body))


def test_width_n_is_bitwise_n_width_one_calls(built):
    _, exe = built
    run = subprocess.run([str(exe)], capture_output=True, text=True)
    lines = run.stdout.split("\n")[:-1]
    assert len(lines) == 12 * (4 + 3 + 4)
    assert Counter(line.split()[0] for line in lines) == {"poly": 48, "mixf": 36, "lone": 48}
    mismatched = [line for line in lines if line.split()[3] != line.split()[4]]
    assert not mismatched and run.returncode == 0
    assert len({line.split()[3] for line in lines}) > 80  # distinct values: not all zeros


def test_loop_and_selects_are_vector_operations(built):
    ops = vector_ops(width_n_tangents(built[0])["poly"])
    for op in ("phi", "select", "fadd", "fmul", "fdiv", "fneg"):
        assert ops[(op, 4, "double")] >= 1, (op, ops)


def test_float_and_casts_at_width_three(built):
    body = width_n_tangents(built[0])["mixf"]
    ops = vector_ops(body)
    for key in [("fpext", 4, "float"), ("fmul", 4, "float"), ("fmul", 4, "double"),
                ("select", 4, "double")]:
        assert ops[key] >= 1, (key, ops)
    assert not any(n != 4 for _, n, _ in ops)
    # lanes 0-2 are the width's; the fourth is poison: never packed, never extracted
    lanes = re.findall(r"= (?:insert|extract)element <4 x \w+> [^\n]*, i64 (\d+)", body)
    assert lanes and set(lanes) == {"0", "1", "2"}, lanes


def test_lone_operation_stays_scalar(built):
    body = width_n_tangents(built[0])["lone"]
    assert not vector_ops(body) and "insertelement" not in body
    # the tangent of a - b: fneg and fadd, 2 operations against 3 boundaries (2 packs, 1
    # extract): four scalar copies of each
    assert len(re.findall(r"= fneg double", body)) == 4
    assert len(re.findall(r"= fadd double", body)) == 4
