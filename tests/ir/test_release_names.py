"""Function.unique_name after release_names (enzymec/ir/function.py): the names handed out
are those of probing each base from 1 over the live names, as when release_names emptied
every base's resume point, while bases untouched by the released names resume where they
were (the inliner releases one name per inlined call: probing a long `x.after.N` sequence
from 1 after every call was quadratic). Seeded random sequences, with bases that are each
other's numbered names (`a`, `a.1`, `a.1.1`).

    . .venv/bin/activate && pytest tests/ir/test_release_names.py -q
"""

from __future__ import annotations

import random

import pytest

from enzymec.ir.function import Function

BASES = ["a", "a.1", "a.1.1", "b", "b.2", "t", "x.after", "x", "a.01"]


def _reference(live: set, base: str) -> str:
    name, n = base, 0
    while name in live:
        n += 1
        name = f"{base}.{n}"
    return name


@pytest.mark.parametrize("seed", range(30))
def test_names_are_those_of_probing_from_one(seed):
    rng = random.Random(seed)
    fn = Function("f")
    live: set = set()
    fn.unique_name("t")   # builds the (empty) table
    live.add("t")
    for _ in range(400):
        if live and rng.random() < 0.3:
            freed = rng.sample(sorted(live), rng.randrange(1, min(3, len(live)) + 1))
            fn.release_names(freed)
            live.difference_update(freed)
            continue
        base = rng.choice(BASES)
        expected = _reference(live, base)
        assert fn.unique_name(base) == expected, (base, sorted(live))
        live.add(expected)
