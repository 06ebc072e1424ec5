"""enzymec/ad/analyses/recursive_partition.py (analysis only): tree_reduce's recursion reads each
element of x once (its leaf loop over [0, n), its calls on [0, h) and [h, n)); each rule
refuses a variant built to break it (overlapping halves, a part past the end, a second
load, a store, another callee, a loop bound other than an argument, no n > 0 guard, a
call in a loop, a halving of a possibly negative n); the real pre-AD IR of
benchmarks/c/tree_reduce is accepted; linear_facts' prover on its own."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from enzymec.ad.analyses.linear_facts import Form, facts_at, form_of, nonnegative
from enzymec.ad.analyses.recursive_partition import Partition, Refusal, partition
from enzymec.analysis import dominators
from enzymec.ir import parse_module

ROOT = Path(__file__).resolve().parents[2]

# tree_reduce's tree() after clang -O3 (the leaf inlined), metadata dropped; the {NAME}
# fields are replaced by the variants
TREE = """
define double @tree(ptr %x, i32 %n) {
entry:
  %small = icmp slt i32 %n, {LEAF}
  br i1 %small, label %leaf, label %split
leaf:
  %some = icmp {GUARD} i32 %n, 0
  br i1 %some, label %pre, label %done
pre:
  %trips = zext nneg i32 {BOUND} to i64
  br label %loop
loop:
  %i = phi i64 [ 0, %pre ], [ %i.next, %loop ]
  %s = phi double [ 0.0, %pre ], [ %s.next, %loop ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %p
  %sin = call double @llvm.sin.f64(double %v)
  %s.next = call double @llvm.fmuladd.f64(double %sin, double %v, double %s)
  {LOOPCALL}
  %i.next = add nuw nsw i64 %i, 1
  %end = icmp eq i64 %i.next, %trips
  br i1 %end, label %done, label %loop
done:
  %r = phi double [ %root, %split ], [ 0.0, %leaf ], [ %s.next, %loop ]
  ret double %r
split:
  %h = {HALF} i32 %n, {DIV}
  {EXTRA}
  %a = call double @tree(ptr %x, i32 {LEN1})
  %h64 = zext nneg i32 {OFF2} to i64
  %q = getelementptr inbounds double, ptr %x, i64 %h64
  %rest = sub nsw i32 %n, %h
  %b = call double {CALLEE}(ptr %q, i32 {LEN2})
  %bb = fmul double %b, %b
  %ab = call double @llvm.fmuladd.f64(double %a, double %a, double %bb)
  %ab1 = fadd double %ab, 1.0
  %root = call double @llvm.sqrt.f64(double %ab1)
  br label %done
}
declare double @other(ptr, i32)
declare double @llvm.sin.f64(double)
declare double @llvm.fmuladd.f64(double, double, double)
declare double @llvm.sqrt.f64(double)
"""
BASE = dict(LEAF="17", GUARD="sgt", BOUND="%n", LOOPCALL="", HALF="lshr", DIV="1",
            EXTRA="", LEN1="%h", OFF2="%h", CALLEE="@tree", LEN2="%rest")


def tree(**changes):
    fields = {**BASE, **changes}
    text = re.sub(r"\{(\w+)\}", lambda m: fields[m.group(1)], TREE)
    return parse_module(text, "tree.ll").get_function("tree")


def refusal(fn):
    found = partition(fn, fn.args[0])
    assert isinstance(found, Refusal), found
    return found.rule


def test_tree_reduce_is_a_partition():
    fn = tree()
    found = partition(fn, fn.args[0])
    assert isinstance(found, Partition)
    assert found.length is fn.args[1] and found.load.name == "v"
    assert [c.name for c in found.calls] == ["a", "b"]


@pytest.mark.parametrize("changes", [
    dict(EXTRA="%nh = sub nsw i32 %n, %h", LEN2="%nh"),  # the same part, another value
    dict(HALF="sdiv", DIV="2"),                          # n / 2 as written in C
    dict(HALF="udiv", DIV="4"),                          # a quarter and three quarters
])
def test_other_partitions_accepted(changes):
    fn = tree(**changes)
    assert isinstance(partition(fn, fn.args[0]), Partition)


@pytest.mark.parametrize("changes, rule", [
    (dict(OFF2="0"), "disjoint"),                                     # [0,h) and [0,n-h)
    (dict(OFF2="0", LEN2="%h"), "disjoint"),                          # [0,h) twice
    (dict(LEN1="%h1", EXTRA="%h1 = add nsw i32 %h, 1"), "inside"),     # [0,h+1): h < n?
    (dict(LEN2="%n"), "inside"),                                      # [h, h+n) past n
    (dict(LEN2="%r2", EXTRA="%r2 = sub i32 %n, %h"), "inside"),        # no nsw: may wrap
    (dict(EXTRA="%x0 = load double, ptr %x"), "uses"),                 # a second load
    (dict(EXTRA="store double 0.0, ptr %x"), "uses"),                  # a store through x
    (dict(CALLEE="@other"), "memory"),                                 # x to another callee
    (dict(GUARD="sge"), "loop"),                                       # n == 0 enters loop
    (dict(LOOPCALL="%c = call double @tree(ptr %x, i32 0)"), "inside"),  # a call in the loop
    (dict(LEAF="-5"), "inside"),                                       # n may be < 0: h?
])
def test_each_rule_refuses_its_variant(changes, rule):
    assert refusal(tree(**changes)) == rule


def test_loop_past_the_part_refused():
    """The leaf loop runs n + 1 times: one element past its part."""
    text = re.sub(r"\{(\w+)\}", lambda m: BASE[m.group(1)], TREE)
    text = text.replace("%trips = zext nneg i32 %n to i64",
                        "%n1 = add nsw i32 %n, 1\n  %trips = zext nneg i32 %n1 to i64")
    assert refusal(parse_module(text, "tree.ll").get_function("tree")) == "loop"


def test_prover_uses_branch_facts_and_halvings():
    fn = tree()
    dom = dominators(fn)
    split = next(b for b in fn.blocks if b.name == "split")
    h = next(i for i in split.instructions if i.name == "h")
    n = fn.args[1]
    facts = facts_at(split, dom)
    assert any(f.terms == {n: 1} and f.const == -17 for f in facts)  # n >= 17
    assert nonnegative(form_of(h), facts)                             # h >= 0
    assert nonnegative(Form({n: 1}) - form_of(h), facts)              # h <= n
    assert not nonnegative(form_of(h) - Form.constant(9), facts)      # h >= 9: not shown
    assert not nonnegative(form_of(h), [])                            # no facts: unknown


def test_real_tree_reduce_ir_is_a_partition():
    source = ROOT / "benchmarks" / "c" / "tree_reduce" / "timed.c"
    run = subprocess.run([sys.executable, "-m", "enzymec", "-O3", "-fno-math-errno",
                          "--enzymec-dump-ir=pre-ad", "-c", str(source), "-o", "/dev/null"],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    text = re.search(r"define double @tree\(.*?\n}\n", run.stderr, re.S).group(0)
    text = re.sub(r",? !\w+ !\d+", "", text)
    decls = "".join(f"declare double @llvm.{f}.f64({', '.join(['double'] * k)})\n"
                    for f, k in (("sin", 1), ("fmuladd", 3), ("sqrt", 1)))
    fn = parse_module(text + decls, "tree.ll").get_function("tree")
    assert isinstance(partition(fn, fn.args[0]), Partition)


def _clone_calling(original_changes: dict):
    """`@copy`, tree's body calling `@tree` (as alias_version's noalias clone and a
    gradient's forward clone do), beside `@tree` built with `original_changes`."""
    fields = {**BASE, **original_changes}
    text = re.sub(r"\{(\w+)\}", lambda m: fields[m.group(1)], TREE)
    body = re.search(r"define double @tree\(.*?\n}\n", re.sub(
        r"\{(\w+)\}", lambda m: BASE[m.group(1)], TREE), re.S).group(0)
    copy = body.replace("define double @tree(", "define double @copy(")
    return parse_module(text + copy, "copy.ll").get_function("copy")


def test_calls_of_a_partitioning_original_count():
    fn = _clone_calling({})
    assert isinstance(partition(fn, fn.args[0]), Partition)


def test_calls_of_an_original_that_overlaps_do_not():
    """The copy's own halves are disjoint, but `@tree` (what they call) reads [0, h) and
    [0, n - h): the induction has nothing to stand on."""
    assert refusal(_clone_calling(dict(OFF2="0"))) == "memory"
