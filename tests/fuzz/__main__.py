"""The fuzzer's command line: check a range of seeds and count what happened.

    python -m tests.fuzz --count 10000 --jobs 2            # the long run, seeds 0..9999
    python -m tests.fuzz --count 20 --batch 1              # every seed built alone
    python -m tests.fuzz --start 500 --count 50 --variants=split
    python -m tests.fuzz --show 17                         # print seed 17's program
    python -m tests.fuzz --reduce 17 --variants=split      # shrink seed 17's failure

Seeds are built --batch at a time (25): one translation unit, one enzymec run and one
evaluating child per batch and variant (batch.py); a seed whose batched check is anything but
a pass is checked again alone, and that solo outcome is the one reported and counted.

What is counted. An AD check is one seed in one variant: enzymec differentiated that seed's
`prog` (its own `__enzyme_autodiff` call) and its gradient was compared with step-size-robust
central differences at the seed's points (evaluate.py: at least 3 reliable points to pass,
up to 4). Prints every failing check as it is found (seed, variant, kind, the first lines of
the detail), then `N passed, M failed` over programs (a program passes when all its
variants pass), the programs by their worst kind, and the seed x variant checks by kind and
by how they were built (in a batch, or alone).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from .batch import check_seeds
from .check import KINDS, worst
from .generator import generate
from .reduce import reduce_seed

VARIANTS = ("-O0", "-O2", "split")
PROGRESS_EVERY = 20  # batches between two progress lines


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    variants = tuple(args.variants.split(","))
    if args.show is not None:
        print(generate(args.show).source())
        return 0
    if args.reduce is not None:
        print(reduce_seed(args.reduce, variants[0]))
        return 0
    deadline = time.monotonic() + 60 * args.max_minutes if args.max_minutes else None
    return run(range(args.start, args.start + args.count), variants, args.jobs, args.keep,
               args.batch, deadline)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--start", type=int, default=0, help="first seed (0)")
    parser.add_argument("--count", type=int, default=100, help="how many seeds (100)")
    parser.add_argument("--jobs", type=int, default=2, help="seeds checked at once (2)")
    parser.add_argument("--variants", default=",".join(VARIANTS),
                        help="comma-separated build variants (-O0,-O2,split)")
    parser.add_argument("--batch", type=int, default=25,
                        help="seeds built in one translation unit (25; 1: each alone)")
    parser.add_argument("--max-minutes", type=float, metavar="M",
                        help="start no batch after M minutes; summarize the seeds checked")
    parser.add_argument("--keep", type=Path, help="keep sources and libraries in this folder")
    parser.add_argument("--show", type=int, metavar="SEED", help="print SEED's program")
    parser.add_argument("--reduce", type=int, metavar="SEED",
                        help="shrink SEED's failure in the first of --variants")
    return parser


def run(seeds: range, variants: tuple, jobs: int, keep: Path | None, batch: int = 25,
        deadline: float | None = None) -> int:
    """Check the seeds; print failures as found and the summary; exit 1 on any failure.
    Stopped by the deadline, the summary counts only seeds checked in every variant and
    says how many were left."""
    by_seed: dict[int, list] = {seed: [] for seed in seeds}
    with tempfile.TemporaryDirectory(prefix="enzymec-fuzz-") as tmp:
        workdir = keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for done, outcomes in enumerate(check_seeds(seeds, workdir, variants, max(1, batch),
                                                    jobs, deadline), 1):
            _report(outcomes)
            for o in outcomes:
                by_seed[o.seed].append(o)
            if done % PROGRESS_EVERY == 0:
                _progress(by_seed, len(by_seed) * len(variants))
    unfinished = [seed for seed, outcomes in by_seed.items() if len(outcomes) < len(variants)]
    if unfinished:
        print(f"stopped by --max-minutes: {len(by_seed) - len(unfinished)} of {len(by_seed)} "
              f"seeds checked in every variant; the summary counts those only")
        by_seed = {s: o for s, o in by_seed.items() if len(o) == len(variants)}
    kinds = Counter(worst(outcomes) for outcomes in by_seed.values())
    checks = [o for outcomes in by_seed.values() for o in outcomes]
    failed = sum(count for kind, count in kinds.items() if kind != "pass")
    span = f"{min(by_seed)}..{max(by_seed)}" if by_seed else "none"
    print(f"{kinds['pass']} passed, {failed} failed (programs: seeds {span}, each in "
          f"{', '.join(variants)})")
    print("programs by worst kind: " + _counts(kinds))
    print(f"seed x variant AD checks: {len(checks)} = " + _counts(Counter(o.kind for o in checks)))
    alone = sum(not o.batched for o in checks)
    print(f"  built: {len(checks) - alone} in batches of up to {batch} seeds, {alone} alone "
          "(a batch's failure or non-pass verdict is re-checked alone)")
    return 1 if failed else 0


def _progress(by_seed: dict, total: int) -> None:
    """A running count (long runs): seed x variant checks done so far, by kind."""
    checks = Counter(o.kind for outcomes in by_seed.values() for o in outcomes)
    print(f"progress: {sum(checks.values())} of {total} checks done: " + _counts(checks),
          flush=True)


def _report(outcomes: list) -> None:
    for o in outcomes:
        if o.kind != "pass":
            detail = " | ".join(o.detail.strip().splitlines()[:3])[:300]
            print(f"seed {o.seed} {o.variant}: {o.kind}: {detail}", flush=True)


def _counts(counter: Counter) -> str:
    return ", ".join(f"{counter[kind]} {kind}" for kind in KINDS if counter[kind])


if __name__ == "__main__":
    sys.exit(main())
