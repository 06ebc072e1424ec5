"""The inliner's block layout (enzymec/ad/passes/inline.py, _place_after): the callee's body goes
right after the call's block, then the rest of that block, then the blocks that followed,
whether the moved blocks are found at the caller's end (as inline_call leaves them) or not.

    . .venv/bin/activate && pytest tests/ad/test_inline_layout.py -q
"""

from __future__ import annotations

from enzymec.ad.passes.inline import _place_after, inline_call
from enzymec.ir import CallInst, parse_module

MODULE = """
define double @g(double %y, i1 %c) {
top:
  br i1 %c, label %pos, label %neg
pos:
  ret double %y
neg:
  %m = fneg double %y
  ret double %m
}
define double @f(double %x, i1 %c) {
entry:
  %a = fadd double %x, 1.0
  %r = call double @g(double %a, i1 %c)
  br i1 %c, label %one, label %two
one:
  br label %two
two:
  %p = phi double [ %r, %entry ], [ %x, %one ]
  ret double %p
}
"""


def test_body_then_rest_then_what_followed():
    module = parse_module(MODULE, "i.ll")
    f = module.get_function("f")
    call = next(i for i in f.instructions() if isinstance(i, CallInst))
    body = inline_call(call, {})
    names = [b.name for b in f.blocks]
    assert names[0] == "entry" and names[-2:] == ["one", "two"]
    assert names[1:4] == [b.name for b in body] == ["top", "pos", "neg"]
    assert len(names) == 7 and names[4].startswith("entry")   # the call's rest


def test_blocks_found_anywhere():
    module = parse_module(MODULE, "i.ll")
    f = module.get_function("f")
    entry, one, two = f.blocks
    _place_after(f, two, [entry, one])   # not at the end in [rest, *body] order
    assert [b.name for b in f.blocks] == ["two", "entry", "one"]
    _place_after(f, two, [one, entry])   # at the end as [rest, *body]: [entry, one]
    assert [b.name for b in f.blocks] == ["two", "one", "entry"]
