"""Property tests for natural loops: back edges, bodies and nesting against the definitions,
and trip counts against the loop actually run (JIT-compiled with llvmlite)."""

from __future__ import annotations

import ctypes
import math

import llvmlite.binding as llvm
from hypothesis import given, settings
from hypothesis import strategies as st

from cfg_strategies import random_cfgs, structured_cfgs
from enzymec.analysis import back_edges, canonical_induction, dominators, loops
from enzymec.ir import parse_module
from test_dominators import naive_dominators, parse, reachable

GRAPHS = st.one_of(random_cfgs(), structured_cfgs())


def naive_body(succs, header: int, latches: list[int]) -> set[int]:
    """Reachable blocks that reach a latch without passing the header (plus the header)."""
    live = reachable(succs)
    preds = {n: [p for p in live if n in succs[p]] for n in range(len(succs))}
    body, work = {header}, [l for l in latches if l != header]
    while work:
        n = work.pop()
        if n not in body:
            body.add(n)
            work.extend(preds[n])
    return body


@settings(max_examples=200, deadline=None)
@given(GRAPHS)
def test_loops_match_definition(graph) -> None:
    text, succs = graph
    f, blocks = parse(text)
    dom = naive_dominators(succs)
    index = blocks.index
    expected_back = {(b, h) for b in dom for h in succs[b] if h in dom[b]}
    assert {(index(b), index(h)) for b, h in back_edges(f, dominators(f))} == expected_back
    info = loops(f)
    assert {index(l.header) for l in info} == {h for _, h in expected_back}
    for loop in info:
        h = index(loop.header)
        latches = [b for b, hh in expected_back if hh == h]
        assert {index(b) for b in loop.blocks} == naive_body(succs, h, latches)
        assert all(h in dom[index(b)] for b in loop.blocks)  # the header dominates its loop
        assert loop.parent is None or set(loop.blocks) < set(loop.parent.blocks)
        assert all(c.parent is loop and c.depth == loop.depth + 1 for c in loop.children)
        outside = {s for b in loop.blocks for s in succs[index(b)]} - set(map(index, loop.blocks))
        assert {index(b) for b in loop.exits} == outside
    for n in reachable(succs):
        holding = [l for l in info if blocks[n] in l.blocks]
        innermost = min(holding, key=lambda l: len(l.blocks)) if holding else None
        assert info.loop_for(blocks[n]) is innermost


COUNTED = """define i64 @count(i64 %n) {
entry:
  br label %header
header:
  %i = phi i64 [ START, %entry ], [ %i.next, %latch ]
  %runs = phi i64 [ 1, %entry ], [ %runs.next, %latch ]
  %i.next = add nsw i64 %i, STEP
  %runs.next = add i64 %runs, 1
  HEADER_EXIT
latch:
  LATCH_EXIT
exit:
  ret i64 %runs
}
"""


def counted_loop(start: int, step: int, pred: str, in_header: bool, next_tested: bool) -> str:
    """A loop counting its header runs, exiting on `icmp pred i|i.next, %n` in one place."""
    tested = "%i.next" if next_tested else "%i"
    test = f"%go = icmp {pred} i64 {tested}, %n\n  br i1 %go, label "
    header = test + "%latch, label %exit" if in_header else "br label %latch"
    latch = test + "%header, label %exit" if not in_header else "br label %header"
    return (COUNTED.replace("START", str(start)).replace("STEP", str(step))
            .replace("HEADER_EXIT", header).replace("LATCH_EXIT", latch))


def evaluate(expression: str, n: int) -> int:
    return eval(expression.replace("%n", f"({n})"), {"max": max, "ceil": math.ceil})


def jit_call(text: str, n: int) -> int:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    module = llvm.parse_assembly(text)
    target = llvm.Target.from_default_triple().create_target_machine()
    with llvm.create_mcjit_compiler(module, target) as engine:
        engine.finalize_object()
        return ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64)(
            engine.get_function_address("count"))(n)


@settings(max_examples=60, deadline=None)
@given(st.integers(-5, 5), st.sampled_from([1, 2, 3, 4, -1, -2]), st.integers(-12, 12),
       st.booleans(), st.booleans(), st.sampled_from(["lt", "le", "gt", "ge", "ne"]))
def test_trip_count_matches_execution(start, step, n, in_header, next_tested, rel) -> None:
    pred = rel if rel == "ne" else "s" + rel
    text = counted_loop(start, step, pred, in_header, next_tested)
    f = parse_module(text, "count.ll").get_function("count")
    induction = canonical_induction(next(iter(loops(f))))
    expression = induction.trip_count_expression() if induction else None
    if rel == "ne" and abs(step) == 3:
        assert expression is None  # an odd step could wrap around and leave: no count
    if expression is None:
        return  # a test that moves away from its bound: no count claimed
    first = start + step if next_tested else start
    if rel == "ne" and ((n - first) * step < 0 or (n - first) % step):
        return  # the counter would wrap around or step over the bound: it never leaves
    assert jit_call(text, n) == evaluate(expression, n), expression
