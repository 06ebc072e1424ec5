"""Property tests: Cooper-Harvey-Kennedy dominators against the textbook dataflow definition.

Dom(entry) = {entry}; Dom(n) = {n} + the intersection of Dom(p) over n's reachable
predecessors, iterated from "all blocks" to the greatest fixed point. Post-dominators are the
same on the reverse graph (checked where every block reaches an exit, so no virtual roots are
needed). Random graphs give irreducible cycles, unreachable blocks and infinite loops;
structured programs give reducible graphs.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cfg_strategies import random_cfgs, structured_cfgs
from enzymec.analysis import dominators, post_dominators, reverse_postorder
from enzymec.ir import parse_module

GRAPHS = st.one_of(random_cfgs(), structured_cfgs())


def parse(text: str):
    f = parse_module(text, "g.ll").get_function("g")
    return f, f.blocks


def reachable(succs: list[list[int]], root: int = 0) -> set[int]:
    seen, work = {root}, [root]
    while work:
        for s in succs[work.pop()]:
            if s not in seen:
                seen.add(s)
                work.append(s)
    return seen


def naive_dominators(succs: list[list[int]], root: int = 0) -> dict[int, set[int]]:
    """The greatest fixed point of the dominance equations over the reachable blocks."""
    nodes = reachable(succs, root)
    preds = {n: [p for p in nodes if n in succs[p]] for n in nodes}
    dom = {n: set(nodes) for n in nodes}
    dom[root] = {root}
    changed = True
    while changed:
        changed = False
        for n in nodes - {root}:
            new = {n} | set.intersection(*(dom[p] for p in preds[n]))
            if new != dom[n]:
                dom[n], changed = new, True
    return dom


def reverse_graph(succs: list[list[int]], live: set[int]) -> list[list[int]]:
    """Reverse edges among `live` blocks plus a virtual exit (index len) feeding the exits."""
    rev: list[list[int]] = [[] for _ in range(len(succs) + 1)]
    for n in live:
        for s in succs[n]:
            rev[s].append(n)
        if not succs[n]:
            rev[len(succs)].append(n)
    return rev


@settings(max_examples=200, deadline=None)
@given(GRAPHS)
def test_dominators_match_dataflow(graph) -> None:
    text, succs = graph
    f, blocks = parse(text)
    tree = dominators(f)
    expected = naive_dominators(succs)
    assert {blocks.index(b) for b in tree.order} == set(expected)
    for b, doms in expected.items():
        for a in expected:
            assert tree.dominates(blocks[a], blocks[b]) == (a in doms), (a, b)
        strict = doms - {b}
        idom = tree.idom(blocks[b])
        if strict:  # the strict dominator dominated by all the others
            assert idom is blocks[max(strict, key=lambda d: len(expected[d]))]
        else:
            assert idom is None


@settings(max_examples=200, deadline=None)
@given(GRAPHS)
def test_frontiers_match_definition(graph) -> None:
    """DF(a) = {b : a dominates a predecessor of b but does not strictly dominate b}."""
    text, succs = graph
    f, blocks = parse(text)
    tree = dominators(f)
    dom = naive_dominators(succs)
    for a in dom:
        expected = {b for b in dom for p in dom if b in succs[p] and a in dom[p]
                    and not (a in dom[b] and a != b)}
        assert {blocks.index(x) for x in tree.frontier(blocks[a])} == expected


@settings(max_examples=200, deadline=None)
@given(GRAPHS)
def test_post_dominators_match_dataflow(graph) -> None:
    text, succs = graph
    f, blocks = parse(text)
    tree = post_dominators(f)
    live = reachable(succs)
    assert all(blocks[n] in tree for n in live)  # infinite loops get virtual roots
    rev = reverse_graph(succs, live)
    if reachable(rev, len(succs)) != live | {len(succs)}:
        return  # some block cannot reach an exit: the dataflow sets are not defined there
    expected = naive_dominators(rev, len(succs))
    for b in live:
        for a in live:
            assert tree.dominates(blocks[a], blocks[b]) == (a in expected[b]), (a, b)


@given(GRAPHS)
def test_rpo_puts_dominators_first(graph) -> None:
    text, _ = graph
    f, _ = parse(text)
    order = reverse_postorder(f)
    tree = dominators(f)
    position = {b: i for i, b in enumerate(order)}
    assert all(position[tree.idom(b)] < position[b] for b in order[1:])


def test_instructions_dominate_in_block_order() -> None:
    f, _ = parse("define void @g(i32 %x) {\nb0:\n  %a = add i32 %x, 1\n"
                 "  %b = add i32 %a, 1\n  br label %b1\nb1:\n  ret void\n}\n")
    a, b, br = f.blocks[0].instructions
    tree, post = dominators(f), post_dominators(f)
    assert tree.dominates(a, b) and not tree.dominates(b, a) and tree.dominates(a, a)
    assert tree.dominates(a, f.blocks[1].terminator)
    assert post.dominates(b, a) and not post.dominates(a, b)
    assert tree.dominates(f.blocks[0], b) and not tree.dominates(b, f.blocks[0])
