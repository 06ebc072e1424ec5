"""python -m benchmarks.vector [--repeat N] [--points N] [--no-write]

Vector mode's measurement (issue 9, item 8): the whole 3x4 Jacobian of a small function
by one width-4 forward call against four width-1 forward calls, at N points
(benchmarks/c/jacobian_vector/timed.c, timed in one process by bench_run.h, best of N
rounds). Target: width 4 <= 0.6 x the four width-1 calls. The two Jacobians must agree
(exit code 1 and a loud message if not). Writes its own section of benchmarks/RESULTS.md
("vector"), leaving the others as they are.
"""
from __future__ import annotations

import argparse
import datetime
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import harness as H
from benchmarks.__main__ import machine_info, replace_section

SOURCE = H.CSRC / "jacobian_vector" / "timed.c"
TARGET = 0.6
LOAD = os.getloadavg()[0]


def measure(repeat: int, points: int) -> dict:
    """{version: parsed fields} of one build and run."""
    with tempfile.TemporaryDirectory(prefix="enzymec-bench-vector-") as tmp:
        exe = Path(tmp) / "jacobian_vector"
        cmd = H.build_command("enzymec", SOURCE, exe)
        built = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
        if built.returncode != 0:
            sys.exit(f"BUILD FAILED: {' '.join(cmd)}\n{built.stderr}")
        out, oc = H.run(exe, [str(points)], repeat, timeout=3600)
        if out is None:
            sys.exit(f"RUN FAILED: {oc.status} {oc.detail}")
    return H.parse_versions(out)


def agree(fields: dict) -> bool:
    a, b = fields["width1x4"]["grad"], fields["width4"]["grad"]
    return all(abs(x - y) <= 1e-12 * max(1.0, abs(x)) for x, y in zip(a, b))


def section(fields: dict, repeat: int, points: int) -> str:
    best = {name: min(fields[name]["time"]) for name in ("primal", "width1x4", "width4")}
    ratio = best["width4"] / best["width1x4"]
    met = "met" if ratio <= TARGET else "MISSED"
    return "\n".join([
        "## Vector mode: a width-4 forward Jacobian against 4 width-1 calls",
        "",
        *machine_info(),
        f"- Load average when the run started: {LOAD:.1f} (2 cores shared; the versions are "
        f"interleaved, so load hits them alike)",
        f"- Command: `python -m benchmarks.vector --repeat {repeat} --points {points}` "
        f"(benchmarks/c/jacobian_vector/timed.c; best of {repeat} interleaved rounds)",
        "",
        "| version | seconds | vs 4 width-1 calls |",
        "|---|---|---|",
        f"| primal (3 outputs at {points} points) | {best['primal']:.4f} | |",
        f"| 4 width-1 `__enzyme_fwddiff` calls per point | {best['width1x4']:.4f} | 1.00x |",
        f"| 1 width-4 call (`enzyme_width, 4`, `enzyme_dupv`) | {best['width4']:.4f} | "
        f"{ratio:.2f}x (target <= {TARGET}x: {met}) |",
        "",
        "The two Jacobians agree to 1e-12 (checked on every run).",
        f"Measured {datetime.date.today().isoformat()}.",
    ])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.vector")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--points", type=int, default=2000000)
    ap.add_argument("--no-write", action="store_true", help="print, leave RESULTS.md")
    a = ap.parse_args(argv)
    fields = measure(a.repeat, a.points)
    if not agree(fields):
        print("WRONG: the width-4 Jacobian differs from the four width-1 JVPs:\n"
              f"{fields['width1x4']['grad']}\n{fields['width4']['grad']}")
        return 1
    body = section(fields, a.repeat, a.points)
    print(body)
    if not a.no_write:
        replace_section("vector", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
