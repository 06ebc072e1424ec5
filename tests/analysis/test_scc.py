"""Strongly connected components (enzymec/analysis/scc.py) against brute-force reachability,
and loop re-entry (enzymec/ad/reverse/loop_entries.py) answered from them against a walk per loop,
on random control-flow graphs (irreducible cycles, unreachable blocks and infinite loops
included: cfg_strategies.random_cfgs)."""

from __future__ import annotations

from hypothesis import given, settings

from cfg_strategies import cfg_to_ir, random_cfgs, structured_cfgs
from enzymec.ad.reverse.loop_entries import LoopEntries, entered_once
from enzymec.analysis import loops
from enzymec.analysis.cfg import predecessor_map
from enzymec.analysis.scc import components
from test_dominators import parse, reachable


@settings(max_examples=300, deadline=None)
@given(random_cfgs(max_blocks=12))
def test_components_are_mutual_reachability(case):
    _, succs = case
    component = components(range(len(succs)), lambda i: succs[i])
    reach = [reachable(succs, i) for i in range(len(succs))]
    for a in range(len(succs)):
        for b in range(len(succs)):
            same = b in reach[a] and a in reach[b]
            assert (component[a] == component[b]) == same, (a, b)
            if b in reach[a] and not same:
                assert component[a] < component[b]  # numbered in topological order


def test_long_chain_needs_no_recursion():
    n = 20000
    component = components([0], lambda i: [i + 1] if i + 1 < n else [0])
    assert len(set(component.values())) == 1 and len(component) == n


def _loop_entries_agree(text: str) -> int:
    fn, _ = parse(text)
    preds = predecessor_map(fn)
    entries = LoopEntries(preds)
    compared = 0
    for loop in loops(fn):
        assert entries.entered_once(loop) == entered_once(loop, preds)
        compared += 1
    return compared


@settings(max_examples=300, deadline=None)
@given(random_cfgs(max_blocks=12))
def test_loop_entries_match_the_walk(case):
    _loop_entries_agree(case[0])


@settings(max_examples=200, deadline=None)
@given(structured_cfgs())
def test_loop_entries_match_the_walk_structured(case):
    _loop_entries_agree(case[0])


def test_reentered_and_single_loops():
    """A self-loop b2 whose preheader b1 an irreducible cycle (b1 b2 b3, entered at b1 and
    at b3) reaches again, and a loop b6 after it that nothing re-enters: both answers."""
    succs = [[1, 3], [2], [2, 3], [1, 5], [], [6], [6, 7], []]
    fn, _ = parse(cfg_to_ir(succs))
    preds = predecessor_map(fn)
    entries = LoopEntries(preds)
    answers = {loop.header.name: entries.entered_once(loop) for loop in loops(fn)}
    assert answers == {"b2": False, "b6": True}
