"""The forward half's graph (enzymec/ad/split/forward_graph.py), built once per split function:
on seeded random control-flow graphs (branches, self-loops, cycles, blocks left out of the
half) its cycles, predecessors and reachability are those of a walk per question, as
record_tag.py asked them before, and record_tag's plans are the same with the graph shared or
built per phi.

    . .venv/bin/activate && pytest tests/ad/test_forward_graph.py -q
"""

from __future__ import annotations

import random

import pytest

from enzymec.ad.split.forward_graph import ForwardGraph
from enzymec.ad.split.record_tag import phi_plan
from enzymec.analysis.cfg import reached_from
from enzymec.ir import PhiInst, parse_module


def _random_function(rng: random.Random, size: int):
    """A function of `size` blocks with random branches on its i1 argument."""
    lines = ["define void @f(i1 %c) {"]
    for i in range(size):
        lines.append(f"b{i}:")
        shape = rng.random()
        if shape < 0.15 or i == size - 1 and shape < 0.5:
            lines.append("  ret void")
        elif shape < 0.55:
            lines.append(f"  br label %b{rng.randrange(size)}")
        else:
            a, b = rng.randrange(size), rng.randrange(size)
            lines.append(f"  br i1 %c, label %b{a}, label %b{b}")
    lines.append("}")
    return parse_module("\n".join(lines), "g.ll").get_function("f")


def _walked_cycle(block, forward: set) -> bool:
    within = forward if block in forward else forward | {block}
    return block in reached_from([block], within=within)


@pytest.mark.parametrize("seed", range(40))
def test_cycles_and_predecessors_match_a_walk(seed):
    rng = random.Random(seed)
    fn = _random_function(rng, rng.randrange(2, 30))
    forward = {b for b in fn.blocks if rng.random() < 0.8}
    graph = ForwardGraph(forward)
    for block in fn.blocks:
        assert graph.on_cycle(block) == _walked_cycle(block, forward), block.name
    for block in forward:
        expected = sorted(p.name for p in forward if block in p.successors)
        assert sorted(p.name for p in graph.preds.get(block, [])) == expected


@pytest.mark.parametrize("seed", range(40))
def test_reaches_matches_a_walk_inside_the_half(seed):
    """record_tag asks which edge sources a block reaches (it walked back from every
    source per phi): a block reaches itself and what a path inside the half leads to;
    a block outside the half, or a target outside it, is never reached."""
    rng = random.Random(1000 + seed)
    fn = _random_function(rng, rng.randrange(2, 30))
    forward = {b for b in fn.blocks if rng.random() < 0.8}
    graph = ForwardGraph(forward)
    for block in fn.blocks:
        walked = ({block} | reached_from([block], within=forward)) if block in forward \
            else set()
        for target in fn.blocks:
            assert graph.reaches(block, target) == (target in walked), (block.name,
                                                                        target.name)


def test_a_cycle_of_two_a_self_loop_and_a_chain():
    fn = parse_module("""define void @f(i1 %p) {
a:
  br label %b
b:
  br i1 %p, label %c, label %d
c:
  br label %b
d:
  br i1 %p, label %d, label %e
e:
  ret void
}""", "g.ll").get_function("f")
    names = {b.name: b for b in fn.blocks}
    graph = ForwardGraph(set(fn.blocks))
    assert [graph.on_cycle(names[n]) for n in "abcde"] == [False, True, True, True, False]
    without_c = ForwardGraph(set(fn.blocks) - {names["c"]})
    assert not without_c.on_cycle(names["b"]) and without_c.on_cycle(names["c"])


def test_a_shared_graph_plans_as_one_per_phi():
    """tree_reduce's shape: phis of constants after branches on an argument."""
    fn = parse_module("""define i32 @f(i32 %n) {
entry:
  %small = icmp sle i32 %n, 16
  br i1 %small, label %leaf, label %node
leaf:
  br label %join
node:
  %odd = icmp eq i32 %n, 17
  br i1 %odd, label %join, label %more
more:
  br label %join
join:
  %way = phi i32 [ 0, %leaf ], [ 1, %node ], [ 2, %more ]
  %other = phi i32 [ 5, %leaf ], [ 5, %node ], [ 7, %more ]
  ret i32 %way
}""", "g.ll").get_function("f")
    forward = set(fn.blocks)
    graph = ForwardGraph(forward)
    phis = [i for i in fn.instructions() if isinstance(i, PhiInst)]
    for phi in phis:
        shared, alone = phi_plan(phi, fn.entry, forward, graph), phi_plan(phi, fn.entry, forward)
        assert shared is not None and repr(shared.tree) == repr(alone.tree)
        assert shared.expressions == alone.expressions
