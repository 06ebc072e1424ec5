"""The registry of call kinds (enzymec/ad/calls/call_kinds.py): each call gets the first kind of
KINDS that matches, so user registrations beat the math tables, memory functions and
inactive functions beat everything but a non-local jump, and a forward derivative exists
only in forward mode; CallRules' queries (is_inactive, may_keep_arguments, multi_rule,
is_memory_function) agree with the kinds; and a new kind is one entry in KINDS.

    . .venv/bin/activate && pytest tests/ad/test_call_kinds.py -q
"""

from __future__ import annotations

import pytest

from enzymec.ad.calls import fuse_bodies
from enzymec.ad.calls import call_kinds
from enzymec.ad.calls.call_kinds import FORWARD, KINDS, REVERSE, CallKind, classify
from enzymec.ad.calls.calls import CallRules
from enzymec.ad.entry.registrations import Registrations
from enzymec.ir import CallInst, parse_module

# one call per case; @body and @kept have bodies, the rest are declarations
MODULE = """
declare double @exp(double)
declare double @sin(double)
declare double @frexp(double, ptr)
declare ptr @malloc(i64)
declare void @free(ptr)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare i32 @printf(ptr, ...)
declare i32 @snprintf(ptr, i64, ptr, ...)
declare i32 @setjmp(ptr)
declare double @mystery(double)
declare double @partials_of(double)
declare double @twin(double)
declare ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr)
declare void @__enzymec_tape_reserve(ptr, i64, i64)
declare void @__kmpc_fork_call(ptr, i32, ptr, ...)
define double @kept(double %x) {
  ret double %x
}
define double @fwd_only(double %x) {
  ret double %x
}
define double @df(double %x) {
  ret double %x
}
define void @"f.omp_region"(ptr %p) {
  ret void
}
define double @f(double %x, ptr %p, ptr %q, ptr %fp) {
  %exp = call double @exp(double %x)
  %sin = call double @sin(double %x)
  %frexp = call double @frexp(double %x, ptr %p)
  %malloc = call ptr @malloc(i64 8)
  call void @free(ptr %p)
  call void @llvm.memset.p0.i64(ptr %p, i8 0, i64 8, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr %p, ptr %q, i64 8, i1 false)
  %printf = call i32 (ptr, ...) @printf(ptr %q)
  %snprintf = call i32 (ptr, i64, ptr, ...) @snprintf(ptr %p, i64 8, ptr %q)
  %setjmp = call i32 @setjmp(ptr %p)
  %mystery = call double @mystery(double %x)
  %partials_of = call double @partials_of(double %x)
  %twin = call double @twin(double %x)
  %rb = call ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr %p)
  call void @__enzymec_tape_reserve(ptr %p, i64 1, i64 1)
  %kept = call double @kept(double %x)
  %fwd_only = call double @fwd_only(double %x)
  call void @"f.omp_region"(ptr %p)
  call void (ptr, i32, ptr, ...) @__kmpc_fork_call(ptr null, i32 1, ptr @kept, ptr %p)
  %indirect = call double %fp(double %x)
  ret double %exp
}
"""

# callee (or "indirect") -> its kind in reverse mode, forward mode
EXPECTED = {
    "exp": ("custom gradient", "custom gradient"),  # the user's gradient wins over the table
    "sin": ("math function", "math function"),
    "frexp": ("multi-output math function", "multi-output math function"),
    "malloc": ("allocation", "allocation"),
    "free": ("deallocation", "deallocation"),
    "llvm.memset.p0.i64": ("memset", "memset"),
    "llvm.memcpy.p0.p0.i64": ("memcpy", "memcpy"),
    "printf": ("inactive", "inactive"),
    "snprintf": ("inactive writer", "inactive writer"),  # writes its buffer
    "setjmp": ("nonlocal jump", "nonlocal jump"),
    "mystery": ("external function", "external function"),
    "partials_of": ("registered partials", "registered partials"),
    "twin": ("function-like", "function-like"),  # __enzyme_function_like twin -> cos
    "_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base": ("mirrored", "mirrored"),
    "__enzymec_tape_reserve": ("enzymec runtime", "enzymec runtime"),
    "kept": ("kept callee", "kept callee"),
    "fwd_only": ("kept callee", "custom forward derivative"),
    "indirect": ("indirect", "indirect"),
    "f.omp_region": ("parallel region", "parallel region"),
    # reverse mode sees no fork (a region function replaces it); forward mode forks tangents
    "__kmpc_fork_call": ("external function", "parallel region fork"),
}


@pytest.fixture(scope="module")
def setup():
    module = parse_module(MODULE, "kinds.ll")
    df = module.get_function("df")
    registrations = Registrations(
        derivatives={"partials_of": df}, gradients={"exp": (df, df)},
        forward_derivatives={"fwd_only": df}, function_like={"twin": "cos"})
    rules = CallRules(registrations)
    calls = {}
    for inst in module.get_function("f").instructions():
        if isinstance(inst, CallInst):
            callee = inst.called_function
            calls[callee.name if callee is not None else "indirect"] = inst
    return rules, calls


@pytest.mark.parametrize("callee", sorted(EXPECTED))
def test_each_call_gets_the_kind_of_its_precedence(setup, callee):
    rules, calls = setup
    reverse, forward = EXPECTED[callee]
    assert classify(rules, calls[callee], REVERSE).name == reverse
    assert rules.kind(calls[callee], FORWARD).name == forward


def test_every_registered_kind_is_reached(setup, monkeypatch):
    """No kind in KINDS is shadowed by the ones before it for every call here (a fused loop
    body exists only once fuse_outline.py made one: @kept stands for one)."""
    rules, calls = setup
    reached = {classify(rules, c, m).name for c in calls.values() for m in (REVERSE, FORWARD)}
    monkeypatch.setattr(fuse_bodies, "FUSED_BODIES", {calls["kept"].called_function})
    reached |= {classify(rules, calls["kept"], m).name for m in (REVERSE, FORWARD)}
    assert reached == {k.name for k in KINDS}


def test_queries_of_call_rules_follow_the_kinds(setup):
    rules, calls = setup
    keeps = {name for name, call in calls.items() if rules.may_keep_arguments(call)}
    assert keeps == {"exp", "kept", "fwd_only", "f.omp_region"}  # custom gradient, bodies
    memory = {name for name, call in calls.items() if rules.is_memory_function(call)}
    assert memory == {"malloc", "free", "llvm.memset.p0.i64", "llvm.memcpy.p0.p0.i64"}
    assert [n for n, c in calls.items() if rules.multi_rule(c) is not None] == ["frexp"]
    assert [n for n, c in calls.items() if rules.is_inactive(c)] == ["printf", "snprintf"]
    kept = {n for n, c in calls.items() if c.called_function is not None
            and rules.keeps_call(c.called_function)}  # in any mode: fwd_only too
    assert kept == {"exp", "partials_of", "twin", "printf", "snprintf", "fwd_only",
                    "f.omp_region", "__kmpc_fork_call"}


def test_a_new_kind_is_one_registration(setup, monkeypatch):
    """A kind put into KINDS before the math tables takes `sin` over: classify, the
    checks and the queries all see it, with no other edit."""
    rules, calls = setup
    seen = []
    probe = CallKind("probe", lambda r, callee: callee is not None and callee.name == "sin",
                     check=lambda s, call: seen.append(call))
    kinds = list(KINDS)
    kinds.insert(kinds.index(call_kinds.MATH), probe)
    monkeypatch.setattr(call_kinds, "KINDS", tuple(kinds))
    assert rules.kind(calls["sin"]) is probe
    assert rules.kind(calls["exp"]).name == "custom gradient"
    rules.check(object(), calls["sin"])
    assert seen == [calls["sin"]]
