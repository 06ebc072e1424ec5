"""The fuzzer's command line: check a range of seeds and count what happened.

    python -m tests.fuzz --count 10000 --jobs 2            # the long run, seeds 0..9999
    python -m tests.fuzz --start 500 --count 50 --variants=split
    python -m tests.fuzz --show 17                         # print seed 17's program
    python -m tests.fuzz --reduce 17 --variants=split      # shrink seed 17's failure

Prints every failing seed as it is found (seed, variant, kind, the first lines of the
detail), then `N passed, M failed` over programs with the failures counted by kind.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .check import KINDS, check_seed, worst
from .generator import generate
from .reduce import reduce_seed

VARIANTS = ("-O0", "-O2", "split")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    variants = tuple(args.variants.split(","))
    if args.show is not None:
        print(generate(args.show).source())
        return 0
    if args.reduce is not None:
        print(reduce_seed(args.reduce, variants[0]))
        return 0
    return run(range(args.start, args.start + args.count), variants, args.jobs, args.keep)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--start", type=int, default=0, help="first seed (0)")
    parser.add_argument("--count", type=int, default=100, help="how many seeds (100)")
    parser.add_argument("--jobs", type=int, default=2, help="seeds checked at once (2)")
    parser.add_argument("--variants", default=",".join(VARIANTS),
                        help="comma-separated build variants (-O0,-O2,split)")
    parser.add_argument("--keep", type=Path, help="keep sources and libraries in this folder")
    parser.add_argument("--show", type=int, metavar="SEED", help="print SEED's program")
    parser.add_argument("--reduce", type=int, metavar="SEED",
                        help="shrink SEED's failure in the first of --variants")
    return parser


def run(seeds: range, variants: tuple, jobs: int, keep: Path | None) -> int:
    """Check the seeds; print failures as found and the summary; exit 1 on any failure."""
    with tempfile.TemporaryDirectory(prefix="enzymec-fuzz-") as tmp:
        workdir = keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        kinds, checks = Counter(), Counter()
        with ThreadPoolExecutor(jobs) as pool:
            for outcomes in pool.map(lambda s: check_seed(s, workdir, variants), seeds):
                kinds[worst(outcomes)] += 1
                checks.update(o.kind for o in outcomes)
                _report(outcomes)
    failed = sum(count for kind, count in kinds.items() if kind != "pass")
    print(f"{kinds['pass']} passed, {failed} failed")
    print("programs by worst kind: " + _counts(kinds))
    print("program x variant checks: " + _counts(checks))
    return 1 if failed else 0


def _report(outcomes: list) -> None:
    for o in outcomes:
        if o.kind != "pass":
            detail = " | ".join(o.detail.strip().splitlines()[:3])[:300]
            print(f"seed {o.seed} {o.variant}: {o.kind}: {detail}", flush=True)


def _counts(counter: Counter) -> str:
    return ", ".join(f"{counter[kind]} {kind}" for kind in KINDS if counter[kind])


if __name__ == "__main__":
    sys.exit(main())
