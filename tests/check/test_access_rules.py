"""The compile-time rules of --check-gradients on small IR functions: which bytes behind a
pointer parameter a function can touch (check_access.py) and whether re-running it could
change program state (check_effects.py). A rule that says too little makes the checker copy
too little (a re-run reads past its copy); these cases pin each rule down."""

from __future__ import annotations

import pytest

from enzymec.ad.check.check_access import LoopExtent, pointer_access
from enzymec.ad.check.check_effects import state_changes
from enzymec.ir import parse_module

LOOP = """
define double @f(ptr %x, i32 %n) {
entry:
  %c = icmp sgt i32 %n, 0
  br i1 %c, label %ph, label %exit
ph:
  %wide = zext nneg i32 %n to i64
  br label %body
body:
  %i = phi i64 [ START, %ph ], [ %i.next, %body ]
  %s = phi double [ 0.0, %ph ], [ %s.next, %body ]
  %idx = add nuw nsw i64 %i, SHIFT
  %p = getelementptr inbounds double, ptr %x, i64 %idx
  %v = load double, ptr %p
  %s.next = fadd double %s, %v
  %i.next = add nuw nsw i64 %i, 1
  %done = icmp PRED i64 %i.next, %wide
  br i1 %done, label %FIRST, label %SECOND
exit:
  %r = phi double [ 0.0, %entry ], [ %s.next, %body ]
  ret double %r
}
"""


def function(text: str, name: str = "f"):
    return parse_module(text, "<test>").get_function(name)


def loop(start=0, shift=0, pred="eq", first="exit", second="body"):
    text = LOOP.replace("START", str(start)).replace("SHIFT", str(shift))
    text = text.replace("PRED", pred).replace("FIRST", first).replace("SECOND", second)
    return function(text)


def access_of(fn, index=0):
    return pointer_access(fn.args[index], fn.module.layout)


@pytest.mark.parametrize("start, shift, pred, first, second, extra", [
    (0, 0, "eq", "exit", "body", 0),      # for (i = 0; i < n; i++) x[i]
    (1, 0, "eq", "exit", "body", 0),      # starting at 1: still x[n - 1] at most
    (0, 1, "eq", "exit", "body", 1),      # x[i + 1]: one more element
    (0, 0, "ult", "body", "exit", 0),     # continue while i + 1 < n
])
def test_loop_bound_rule(start, shift, pred, first, second, extra):
    access = access_of(loop(start, shift, pred, first, second))
    assert access.unknown is None and access.float_kind == 0
    assert access.loops == [LoopExtent(1, "zext", 8, 8 * extra)]


def test_constant_loop_bound_is_a_constant_extent():
    fn = function(LOOP.replace("%i.next, %wide", "%i.next, 5").replace("START", "0").replace("SHIFT", "1")
                  .replace("PRED", "eq").replace("FIRST", "exit").replace("SECOND", "body"))
    access = access_of(fn)
    assert access.unknown is None and not access.loops and access.constant_end == 6 * 8


@pytest.mark.parametrize("pred, first, second", [
    ("eq", "body", "exit"),   # exits unless i + 1 == n: not a bound on i
    ("ult", "exit", "body"),  # exits while i + 1 < n
    ("sgt", "exit", "body"),  # a compare the rule does not read
])
def test_loops_that_do_not_bound_the_index_are_refused(pred, first, second):
    """No extent from the function (the caller's object may still give one); the type
    of what it reads is still known."""
    access = access_of(loop(0, 0, pred, first, second))
    assert access.unbounded and not access.loops and access.float_kind == 0


CONSTANT = """
define double @g(ptr %x, ptr %y, ptr %z) {
  %a = load double, ptr %x
  %p = getelementptr inbounds i8, ptr %x, i64 16
  %b = load double, ptr %p
  store double %b, ptr %y
  %q = getelementptr inbounds i8, ptr %y, i64 8
  store i32 1, ptr %q
  call void @h(ptr %z)
  ret double %a
}
declare void @h(ptr)
"""


def test_constant_offsets_types_and_unknown_uses():
    fn = function(CONSTANT, "g")
    x, y, z = (access_of(fn, i) for i in range(3))
    assert x.unknown is None and x.constant_end == 24 and x.float_kind == 0
    assert not x.dense(8)  # bytes 8..16 are never read: perhaps not a double at all
    assert y.constant_end == 12 and y.float_kind is None  # a double and an int
    assert "'h'" in z.unknown


CALLS = """
define double @outer(ptr %x, i32 %m) {
  %q = getelementptr inbounds i8, ptr %x, i64 16
  %r = call double @f(ptr %q, i32 %m)
  %s = call double @f(ptr %x, i32 3)
  ret double %r
}
""" + LOOP.replace("START", "0").replace("SHIFT", "0").replace("PRED", "eq") \
    .replace("FIRST", "exit").replace("SECOND", "body")


def test_calls_passing_the_pointer_on_are_followed():
    """x + 16 bytes passed with the bound m, and x with the constant bound 3."""
    access = access_of(function(CALLS, "outer"))
    assert access.unknown is None and access.float_kind == 0
    assert access.loops == [LoopExtent(1, "zext", 8, 16)] and access.constant_end == 24


EFFECTS = """
@counter = global i32 0

define void @writes_global(ptr %x) {
  store i32 1, ptr @counter
  ret void
}

define void @own_heap(ptr %x) {
  %m = call ptr @malloc(i64 16)
  store double 1.0, ptr %m
  %v = load double, ptr %m
  store double %v, ptr %x
  call void @free(ptr %m)
  ret void
}

define void @through_loaded(ptr %x) {
  %inner = load ptr, ptr %x
  store double 2.0, ptr %inner
  ret void
}

define void @either(ptr %x, ptr %y, i1 %c) {
  %p = select i1 %c, ptr %x, ptr %y
  store double 1.0, ptr %p
  ret void
}

define void @either_global(ptr %x, i1 %c) {
  %p = select i1 %c, ptr %x, ptr @counter
  store i32 1, ptr %p
  ret void
}

define void @calls_out(ptr %x) {
  call void @h(ptr %x)
  ret void
}

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @h(ptr)
"""


@pytest.mark.parametrize("name, reason", [
    ("writes_global", "writes the global 'counter'"),
    ("own_heap", None),
    ("through_loaded", "through a pointer the checker does not copy"),
    ("calls_out", "calls 'h'"),
    ("either", None),
    ("either_global", "writes the global 'counter'"),
])
def test_state_changes(name, reason):
    found = state_changes(function(EFFECTS, name))
    if reason is None:
        assert found is None
    else:
        assert found is not None and reason in found
