"""`python -m tests.conformance --enzyme PATH [--only NAME ...] [-O2] [-j N]`: the command
line of the conformance run (see the package docstring and README.md)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .runner import check, scratch_for
from .selection import SUITES, discover
from .verdict import Verdict


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m tests.conformance", description=__doc__)
    p.add_argument("--enzyme", required=True, type=Path,
                   help="a checkout of Enzyme's repository (holding enzyme/test/Integration)")
    p.add_argument("--only", action="append", default=[], metavar="NAME",
                   help="run only this test (file name, with or without suffix); repeatable")
    p.add_argument("-O", dest="opt", default="2", choices=["0", "1", "2", "3", "s", "z"],
                   help="optimization level given to enzymec (default: -O2)")
    p.add_argument("-j", "--jobs", type=int, default=2, help="tests built at once (default 2)")
    p.add_argument("--build-timeout", type=float, default=300, help="seconds per build")
    p.add_argument("--run-timeout", type=float, default=60, help="seconds per run")
    p.add_argument("--suite", default="reverse", choices=sorted(SUITES),
                   help="Enzyme's ReverseMode (default) or ForwardMode integration tests")
    p.add_argument("--list", action="store_true",
                   help="print the selection (kind of each test) and the excluded tests")
    p.add_argument("-v", "--verbose", action="store_true", help="print passing tests too")
    return p.parse_args(argv)


def report(verdicts: list[Verdict], verbose: bool) -> str:
    """One line per failure (and per pass, if verbose), counts by kind, then the total."""
    lines = [v.line() for v in verdicts if verbose or not v.passed]
    kinds = Counter(v.kind for v in verdicts if not v.passed)
    if kinds:
        lines.append("failures: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    passed = sum(v.passed for v in verdicts)
    lines.append(f"{passed} passed, {len(verdicts) - passed} failed")
    return "\n".join(lines)


def listing(cases, excluded: dict[str, str]) -> str:
    rows = [f"{c.name}: {c.kind}" + (f" (at {' '.join(sorted(c.levels))})" if c.levels else "")
            for c in cases]
    rows += [f"{name}: excluded ({why})" for name, why in sorted(excluded.items())]
    rows.append(f"{len(cases)} selected, {len(excluded)} excluded")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        cases, excluded = discover(args.enzyme.resolve(), args.only or None,
                                   SUITES[args.suite])
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.list:
        print(listing(cases, excluded))
        return 0
    with tempfile.TemporaryDirectory(prefix="enzymec-conformance-") as tmp:
        def one(case):
            return check(case, scratch_for(Path(tmp), case), f"-O{args.opt}",
                         args.build_timeout, args.run_timeout)
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            verdicts = list(pool.map(one, cases))
    print(report(verdicts, args.verbose))
    return 0 if all(v.passed for v in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
