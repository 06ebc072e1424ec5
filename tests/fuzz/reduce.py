"""Shrink a failing seed: replace its statements by constants, one at a time, keeping each
replacement after which the program still fails the same way (same kind) in the variant.
Prints a small reproducer to record with the seed."""

from __future__ import annotations

import tempfile
from pathlib import Path

from .check import check_source
from .generator import generate


def reduce_seed(seed: int, variant: str) -> str:
    """The smallest program found that fails like seed's in `variant`, with a comment."""
    program = generate(seed)
    with tempfile.TemporaryDirectory(prefix="enzymec-reduce-") as tmp:
        kind = _kind(program, frozenset(), variant, Path(tmp))
        if kind == "pass":
            return f"/* seed {seed} passes in {variant}: nothing to reduce */"
        dropped = frozenset()
        for index in range(len(program.statements)):
            trial = dropped | {index}
            if _kind(program, trial, variant, Path(tmp)) == kind:
                dropped = trial
    kept = [k for i, k in enumerate(program.kinds) if i not in dropped]
    return (f"/* seed {seed}, {variant}: {kind}; statements kept: {', '.join(kept)} */\n"
            + program.source(dropped))


def _kind(program, dropped: frozenset, variant: str, workdir: Path) -> str:
    source = workdir / f"fuzz_{program.seed}.c"
    source.write_text(program.source(dropped))
    return check_source(program.seed, source, variant, program.n).kind
