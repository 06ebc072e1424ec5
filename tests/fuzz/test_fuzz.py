"""CI's share of the fuzzer: the programs of seeds CI_SEEDS (less the known failures), each
built at -O0, -O2 and split (ENZYMEC_AD_INLINE=0) and checked against reliable central
differences (check.py, evaluate.py); each known failure must still fail the same way.

    . .venv/bin/activate && pytest tests/fuzz -q
    python -m tests.fuzz --count 10000 --jobs 2          # the long run (__main__.py)
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor

import pytest

from .check import check_seed, gradcheck
from .generator import generate
from .known_failures import KNOWN_FAILURES
from .statements import STATEMENTS

CI_SEEDS = range(0, int(os.environ.get("ENZYMEC_FUZZ_SEEDS", "100")))
PASSING = [s for s in CI_SEEDS if s not in KNOWN_FAILURES]
JOBS = int(os.environ.get("ENZYMEC_TEST_JOBS", max(2, os.cpu_count() or 2)))


@pytest.fixture(scope="session")
def outcomes(tmp_path_factory):
    """seed -> its Outcomes, for every CI seed expected to pass (checked in parallel)."""
    workdir = tmp_path_factory.mktemp("fuzz")
    with ThreadPoolExecutor(JOBS) as pool:
        return dict(zip(PASSING, pool.map(lambda s: check_seed(s, workdir), PASSING)))


@pytest.mark.parametrize("seed", PASSING)
def test_seed(seed, outcomes):
    for o in outcomes[seed]:
        counts = json.loads(o.detail) if o.kind == "pass" else {}
        gradcheck.record("tests/fuzz (random programs x variants, enzymec vs reliable central "
                         "differences)", checks=1, **{"points": counts.get("reliable", 0),
                         "non-zero components": counts.get("nonzero", 0),
                         "points skipped near a kink": counts.get("skipped", 0)})
    failed = [o for o in outcomes[seed] if o.kind != "pass"]
    assert not failed, "\n".join(f"seed {o.seed} {o.variant}: {o.kind}\n{o.detail}\n"
                                 f"(python -m tests.fuzz --reduce {o.seed} --variants="
                                 f"{o.variant})" for o in failed)


def test_known_failures_still_fail(tmp_path):
    """Each recorded failing seed still fails exactly as recorded (none today: the list is
    kept so that a new finding has its place; an empty list passes, it skips nothing)."""
    for seed in sorted(KNOWN_FAILURES):
        got = {o.variant: o.kind for o in check_seed(seed, tmp_path)}
        want = {variant: KNOWN_FAILURES[seed].get(variant, ("pass", ""))[0] for variant in got}
        assert got == want, f"seed {seed} changed: {got} (recorded {want}); update known_failures.py"


def test_programs_use_every_statement_kind():
    """The CI seeds exercise every kind of statement the generator has."""
    used = {kind for seed in CI_SEEDS for kind in generate(seed).kinds}
    assert used == set(STATEMENTS), sorted(set(STATEMENTS) - used)


def test_generation_is_deterministic():
    assert generate(12345).source() == generate(12345).source()
