"""Records whose arms share bytes (enzymec/ad/split/record_union.py), read from the IR after AD.

tree_reduce's shape: the internal arm keeps three values (the square root and both halves),
the leaf arm the header of its loop tape; no forward path keeps both, so the record is the
24 shared bytes (48 side by side; the branch tag, once 8 more bytes, is recomputed from `n`
in the reverse: enzymec/ad/split/record_tag.py), and each arm's record only as long as its own
fields: 24 bytes for an internal call, 16 for a leaf, 8 for an empty one (record_arms.py). When the loop runs on
every path, before the arms, its header and the internal arm's values are kept on one path
and must not share bytes: no arena, the fields side by side. The gradients of both shapes
are checked against finite differences by tests/c/record_union_arms.c.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

LEAF_AND_TREE = r"""
#include <enzyme.h>
#include <math.h>
static double leaf(const double *x, int n) {
    double s = 0;
    for (int i = 0; i < n; i++) s += sin(x[i]) * x[i];
    return s;
}
double tree(const double *x, int n) {
    if (n <= 16) return leaf(x, n);
    double a = tree(x, n / 2), b = tree(x + n / 2, n - n / 2);
    return sqrt(a * a + b * b + 1.0);
}
"""

TREE = LEAF_AND_TREE + r"""
double walk(const double *x, int n) {
    double s = leaf(x, n < 16 ? n : 16);
    if (n <= 16) return s;
    double a = walk(x, n / 2), b = walk(x + n / 2, n - n / 2);
    return sqrt(a * a + b * b + s * s);
}
void dtree(double *x, double *dx, int n) { __builtin_autodiff(tree, x, dx, n); }
void dwalk(double *x, double *dx, int n) { __builtin_autodiff(walk, x, dx, n); }
"""


def ir_after_ad(tmp_path) -> str:
    path = tmp_path / "case.c"
    path.write_text(TREE)
    exe = shutil.which("enzymec")
    command = [exe] if exe else [sys.executable, "-m", "enzymec"]
    proc = subprocess.run([*command, "-O2", "--enzymec-dump-ir=ad", "-c", str(path), "-o",
                           str(tmp_path / "case.o")], capture_output=True, text=True, check=True)
    return proc.stdout + proc.stderr


def body(ir: str, name: str) -> str:
    start = re.search(rf"^define [^\n]*@{re.escape(name)}\(", ir, re.M).start()
    return ir[start:ir.index("\n}\n", start)]


def record_sizes(ir: str, name: str) -> set[int]:
    return {int(n) for n in re.findall(r"__enzymec_record_push\(i64 (\d+)\)", body(ir, name))}


def arm_sizes(ir: str, name: str) -> tuple[set[int], set[int]]:
    """({room of each record pushed per arm}, {the arms' sizes})."""
    text = body(ir, name)
    rooms = {int(n) for n in re.findall(r"__enzymec_record_push_upto\(i64 %[\w.]+, i64 (\d+)\)",
                                        text)}
    sizes = {int(n) for n in re.findall(r"%arm\.size[.\d]* = select i1 %[\w.]+, i64 (\d+)", text)}
    return rooms, sizes


def test_exclusive_arms_share_record_bytes(tmp_path):
    ir = ir_after_ad(tmp_path)
    assert "%record.arena = alloca [3 x i64]" in body(ir, "tree.augmented")
    assert arm_sizes(ir, "tree.augmented") == ({24}, {8, 16})
    assert "__enzymec_record_top(i64 %arm.size" in body(ir, "tree.reverse")


def test_values_kept_on_one_path_do_not_share(tmp_path):
    ir = ir_after_ad(tmp_path)
    assert "record.arena" not in body(ir, "walk.augmented")
    assert min(record_sizes(ir, "walk.augmented")) >= 40


# benchmarks/c/tree_reduce's call: x read-only, dx the caller's, distinct at run time (the
# alias-versioned gradient, whose leaves may keep their loop tape in dx; with -fno-math-errno,
# as sin then writes no errno)
TREE_CONST = LEAF_AND_TREE + r"""
void dtree(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)tree, enzyme_dup, x, dx, enzyme_const, n);
}
"""


def optimized_ir(tmp_path) -> str:
    path = tmp_path / "case.c"
    path.write_text(TREE_CONST)
    exe = shutil.which("enzymec")
    command = [exe] if exe else [sys.executable, "-m", "enzymec"]
    subprocess.run([*command, "-O3", "-fno-math-errno", "-S", "-emit-llvm", str(path), "-o",
                    str(tmp_path / "case.ll")], capture_output=True, text=True, check=True)
    return (tmp_path / "case.ll").read_text()


def test_a_narrow_field_takes_a_whole_arena_word(tmp_path):
    """At -O3 the leaf arm also keeps whether its loop tape lies in the shadow (an i1),
    laid over the internal arm's b. Widened to the word it shares, the arena leaves no stack
    slot behind and each record is three 8-byte stores; as a 1-byte field, SROA had split
    b's word into an i8 stack slot and an i56 stored in pieces."""
    ir = optimized_ir(tmp_path)
    names = re.findall(r"^define [^\n]*@(tree\.augmented[\w.]*)\(", ir, re.M)
    assert names
    for name in names:
        text = body(ir, name)
        assert " = alloca " not in text, name
        stores = re.findall(r"store (<[^>]*>|\w+) %[\w.]+, ptr %tape\.record[\w.]*", text)
        assert stores and set(stores) <= {"i64", "double", "ptr", "<2 x i64>"}, (name, stores)
    widened = [name for name in names if "zext i1" in body(ir, name)]
    assert widened, "no leaf arm kept its shadow flag: the case no longer tests the widening"


ARMS = """
define double @f(i1 %c, double %x, {ty} %v) {{
entry:
  %a = alloca {slot}
  %b = alloca double
  br i1 %c, label %left, label %right
left:
  store {ty} %v, ptr %a
  br label %join
right:
  store double %x, ptr %b
  br label %join
join:
  br label %rev
rev:
  %la = load {ty}, ptr %a
  %lb = load double, ptr %b
  ret double %lb
}}
"""


def shared(slot: str, ty: str) -> str:
    """record_union on ARMS: `%a` (a `slot`, stored and loaded as `ty`) written by one arm,
    `%b` (a double) by the other, both read after the forward blocks."""
    from enzymec.ad.split.record_union import share_record_slots
    from enzymec.ir import parse_module, print_module

    module = parse_module(ARMS.format(slot=slot, ty=ty))
    fn = next(f for f in module.functions if f.name == "f")
    blocks = {b.name: b for b in fn.blocks}
    share_record_slots(fn, {blocks[n] for n in ("entry", "left", "right", "join")}, set())
    return print_module(module)


@pytest.mark.parametrize("ty", ["i1", "i8", "i32"])
def test_a_narrow_slot_is_stored_and_loaded_as_a_word(ty):
    ir = shared(ty, ty)
    assert "%record.arena = alloca [1 x i64]" in ir
    assert f"%a.word = zext {ty} %v to i64\n  store i64 %a.word, ptr %record.arena" in ir
    assert re.search(rf"%(a\.word\.\d+) = load i64, ptr %record\.arena\n"
                     rf"\s*%la[.\d]* = trunc i64 %\1 to {ty}", ir), ir
    assert f"store {ty} " not in ir and f"load {ty}," not in ir


def test_a_punned_narrow_slot_keeps_its_accesses():
    """An i32 slot stored and loaded as float: no zext of a float; its bytes as they were."""
    ir = shared("i32", "float")
    assert "%record.arena = alloca [1 x i64]" in ir
    assert "store float %v, ptr %record.arena" in ir and "load float, ptr %record.arena" in ir
    assert "zext" not in ir and "trunc" not in ir
