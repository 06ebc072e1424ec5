"""The memo of call kinds (enzymec/ad/calls/kind_memo.py): each state a matcher of call_kinds
reads is changed after a first answer, and the memo must answer as a fresh classification
does. Each test fails if `matcher_state` leaves its state out of the key (the memo would
return the first answer).

    . .venv/bin/activate && pytest tests/ad/test_kind_memo.py -q
"""

from __future__ import annotations

import pytest

from enzymec.ad.calls import call_kinds, fuse_bodies
from enzymec.ad.calls.call_kinds import (CUSTOM_DERIVATIVE, CUSTOM_GRADIENT, EXTERNAL,
                                   FORWARD, FORWARD_DERIVATIVE, FUNCTION_LIKE, FUSED, INACTIVE,
                                   KEPT_CALLEE, MATH, REVERSE, CallKind, classify_callee)
from enzymec.ad.calls.calls import CallRules
from enzymec.ad.calls.kind_memo import KindMemo
from enzymec.ir import CallInst, parse_module

MODULE = """
declare double @mystery(double)
define double @kept(double %x) {
  ret double %x
}
define double @other(double %x) {
  ret double %x
}
define double @f(double %x) {
  %a = call double @mystery(double %x)
  %b = call double @kept(double %a)
  ret double %b
}
"""


@pytest.fixture
def setup():
    module = parse_module(MODULE, "memo.ll")
    return module, CallRules(), KindMemo()


def _fresh(rules, callee, mode):
    return classify_callee(rules, callee, mode)


def _changes(setup, name, mode, change, before, after):
    """`name`'s kind is `before`, then `change(module, rules, callee)` makes it `after`: the
    memo follows, and agrees with a fresh classification both times."""
    module, rules, memo = setup
    callee = module.get_function(name)
    assert memo.kind(rules, callee, mode) is before is _fresh(rules, callee, mode)
    change(module, rules, callee)
    assert _fresh(rules, callee, mode) is after
    assert memo.kind(rules, callee, mode) is after


def test_the_name(setup):
    def rename(module, rules, callee):
        callee.name = "sin"
    _changes(setup, "mystery", REVERSE, rename, EXTERNAL, MATH)


def test_the_body(setup):
    def give_body(module, rules, callee):
        callee.blocks.extend(module.get_function("other").blocks)
    _changes(setup, "mystery", REVERSE, give_body, EXTERNAL, KEPT_CALLEE)


def test_an_inactive_registration_added_later(setup):
    """swallowed.py adds inactive names while the module is differentiated."""
    def mark(module, rules, callee):
        rules.inactive_names.add(callee.name)
    _changes(setup, "kept", REVERSE, mark, KEPT_CALLEE, INACTIVE)


def test_each_registration_table(setup):
    module, rules, memo = setup
    other = module.get_function("other")
    tables = [("gradients", (other, other), REVERSE, CUSTOM_GRADIENT),
              ("derivatives", other, REVERSE, CUSTOM_DERIVATIVE),
              ("forward_derivatives", other, FORWARD, FORWARD_DERIVATIVE)]
    for table, value, mode, kind in tables:
        fresh = parse_module(MODULE, "memo.ll"), CallRules(), KindMemo()

        def register(module, rules, callee, table=table, value=value):
            getattr(rules.registrations, table)[callee.name] = value
        _changes(fresh, "kept", mode, register, KEPT_CALLEE, kind)


def test_the_function_like_name(setup):
    def register(module, rules, callee):
        rules.registrations.function_like[callee.name] = "sin"
    _changes(setup, "kept", REVERSE, register, KEPT_CALLEE, FUNCTION_LIKE)


def test_a_body_outlined_for_a_per_iteration_reverse(setup, monkeypatch):
    """fuse_outline.py registers the bodies it makes (fuse_bodies.FUSED_BODIES)."""
    monkeypatch.setattr(fuse_bodies, "FUSED_BODIES", set())

    def outline(module, rules, callee):
        fuse_bodies.FUSED_BODIES.add(callee)
    _changes(setup, "kept", REVERSE, outline, KEPT_CALLEE, FUSED)


def test_the_mode_is_part_of_the_key(setup):
    module, rules, memo = setup
    callee = module.get_function("kept")
    rules.registrations.forward_derivatives["kept"] = module.get_function("other")
    assert memo.kind(rules, callee, FORWARD) is FORWARD_DERIVATIVE
    assert memo.kind(rules, callee, REVERSE) is KEPT_CALLEE
    assert memo.kind(rules, callee, None) is FORWARD_DERIVATIVE  # any mode: the inliner's


def test_a_kind_added_to_the_registry(setup, monkeypatch):
    toy = CallKind("toy", lambda rules, callee: callee is not None and callee.name == "kept")

    def register(module, rules, callee):
        monkeypatch.setattr(call_kinds, "KINDS", (toy,) + call_kinds.KINDS)
    _changes(setup, "kept", REVERSE, register, KEPT_CALLEE, toy)


def test_rules_answer_through_the_memo(setup):
    """CallRules.kind asks the memo once per key: a second question runs no matcher."""
    module, rules, _ = setup
    call = next(i for i in module.get_function("f").instructions()
                if isinstance(i, CallInst) and i.called_function.name == "kept")
    assert rules.kind(call) is KEPT_CALLEE
    calls = []
    original = call_kinds.classify_callee

    def counting(*args):
        calls.append(args)
        return original(*args)
    call_kinds.classify_callee = counting
    try:
        assert rules.kind(call) is KEPT_CALLEE and not calls
        rules.inactive_names.add("kept")
        assert rules.kind(call) is INACTIVE and len(calls) == 1
    finally:
        call_kinds.classify_callee = original
