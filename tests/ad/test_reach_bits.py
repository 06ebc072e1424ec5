"""Reachability as bit masks (enzymec/ad/split/reach_bits.py), used by record_union.py's slot
placement: on seeded random control-flow graphs (branches, cycles, self-loops, blocks left
out of the set) each block's mask is the set a walk finds, and record_union's pair test on
masks answers as the member-by-member test it replaced.

    . .venv/bin/activate && pytest tests/ad/test_reach_bits.py -q
"""

from __future__ import annotations

import random

import pytest

from enzymec.ad.split.reach_bits import ReachBits
from test_forward_graph import _random_function  # tests/ad is on sys.path (rootdir)


def _walk(block, within: set) -> set:
    """Blocks of `within` reachable from `block` inside it, itself included."""
    seen, work = set(), [block]
    while work:
        b = work.pop()
        if b in seen or b not in within:
            continue
        seen.add(b)
        work.extend(b.successors)
    return seen


def _members(mask: int, reach: ReachBits) -> set:
    return {b for b, bit in reach.bit.items() if mask & bit}


@pytest.mark.parametrize("seed", range(40))
def test_masks_are_what_a_walk_reaches(seed):
    rng = random.Random(seed)
    fn = _random_function(rng, rng.randrange(2, 40))
    within = {b for b in fn.blocks if rng.random() < 0.8}
    reach = ReachBits(within)
    for block in fn.blocks:
        assert _members(reach.reach([block]), reach) == _walk(block, within), block.name
    some = rng.sample(fn.blocks, min(3, len(fn.blocks)))
    assert _members(reach.bits(some), reach) == set(some) & within


@pytest.mark.parametrize("seed", range(20))
def test_pair_test_matches_member_by_member(seed):
    """record_union's conflict: a writer of one slot reaches a writer of the other."""
    rng = random.Random(100 + seed)
    fn = _random_function(rng, rng.randrange(2, 30))
    within = {b for b in fn.blocks if rng.random() < 0.85}
    reach = ReachBits(within)
    sets = [set(rng.sample(fn.blocks, rng.randrange(1, min(4, len(fn.blocks)) + 1)))
            for _ in range(12)]
    for a in sets:
        for b in sets:
            walked = any(y in _walk(x, within) for x in a for y in b) or \
                any(x in _walk(y, within) for x in a for y in b)
            masked = bool(reach.bits(a) & reach.reach(b) or reach.reach(a) & reach.bits(b))
            assert masked == walked
