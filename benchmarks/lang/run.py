"""Measure taylor_log and logsumexp, primal and enzymec gradient, written in C, Fortran and
Rust (issue 14, item 7): gradient/primal per language beside C's.

    . .venv/bin/activate && python benchmarks/lang/run.py [--runs N] [--write]

Each language's kernels (kernels.c/.f90/.rs: the same code as benchmarks/c, the autodiff
call written in the language itself) are built with enzymec -O2 and timed by one C driver
(driver.c, best of 5, process CPU time). C is built with -fno-math-errno (C_FLAGS).
Prints a Markdown table; the target is a ratio within 1.1x of C's.
`--runs N` runs each driver N times, interleaved across languages, keeping each timing's
best and the median (and range) of the runs' gradient/primal ratios, each taken within one
run (the machine is shared: one run can catch a busy moment); `--write` puts the table,
the machine's load and the toolchains' versions in benchmarks/RESULTS.md's section "Other
languages".
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUSTC = os.environ.get("RUSTC", "rustc")
# Fortran's and Rust's exp/log never set errno; C's do unless told not to, and clang then
# emits them as calls that may write memory (errno), which LLVM does not unroll around: the
# C primal ran 1.2x slower than the same loop from flang or rustc, while enzymec's gradient
# (llvm.exp, no errno) did not, flattering C's ratio. The same math semantics for all three.
C_FLAGS = ["-fno-math-errno"]


def _sh(cmd: list, cwd: Path) -> str:
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, cwd=cwd)
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}\n{proc.stdout}{proc.stderr}")
    return proc.stdout


def build(lang: str, work: Path) -> Path:
    """The driver linked with one language's kernels, by enzymec -O2."""
    exe = work / f"bench_{lang}"
    base = ["enzymec", "-O2", HERE / "driver.c"]
    if lang == "c":  # errno: see C_FLAGS
        _sh([*base, *C_FLAGS, HERE / "kernels.c", "-o", exe, "-lm"], work)
    elif lang == "fortran":
        _sh([*base, HERE / "kernels.f90", "-o", exe, "-lm"], work)
    else:
        _sh([RUSTC, "--emit=llvm-bc", "--crate-type=lib", "-C", "panic=abort", "-C",
             "opt-level=2", "-C", "no-vectorize-loops", "-C", "no-vectorize-slp",
             HERE / "kernels.rs", "-o", "kernels.bc"], work)
        (work / "rsstd.rs").write_text("\n")
        _sh([RUSTC, "--crate-type=staticlib", "-C", "panic=abort", "rsstd.rs", "-o",
             "librsstd.a"], work)
        _sh([*base, "kernels.bc", "-o", exe, f"-L{work}", "-lrsstd", "-lm"], work)
    return exe


def measure(exe: Path) -> dict:
    """benchmark -> (primal s, gradient s, value, derivative sample)."""
    rows = {}
    for line in _sh([exe], exe.parent).splitlines():
        name, *numbers = line.split()
        rows[name] = tuple(float(v) for v in numbers)
    return rows


LANGS = ("c", "fortran", "rust")


def best_of(runs: list[dict]) -> dict:
    """benchmark -> (best primal, best gradient, value, sample, per-run ratios) over runs.

    The ratio is taken within each run (one process timing primal and gradient in turn):
    on this shared machine a whole process can run 1.5x slower than the next, so the best
    primal of one run over the best gradient of another would compare different machines."""
    return {name: (min(r[name][0] for r in runs), min(r[name][1] for r in runs),
                   *runs[0][name][2:4], sorted(r[name][1] / r[name][0] for r in runs))
            for name in runs[0]}


def table(results: dict) -> list[str]:
    lines = ["| benchmark | language | primal s | gradient s | gradient/primal (range) | vs C "
             "(target <= 1.1) | value | derivative sample |", "|---|---|---|---|---|---|---|---|"]
    for bench in ("taylor_log", "logsumexp"):
        c_ratio = statistics.median(results["c"][bench][4])
        for lang, rows in results.items():
            primal, grad, value, sample, ratios = rows[bench]
            ratio = statistics.median(ratios)
            lines.append(f"| {bench} | {lang} | {primal:.4f} | {grad:.4f} | {ratio:.2f}x "
                         f"({ratios[0]:.2f}-{ratios[-1]:.2f}) | {ratio / c_ratio:.2f} | "
                         f"{value:.10g} | {sample:.10g} |")
    return lines


def _version(cmd: list) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout
        return out.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "not found"


def write_section(lines: list[str], runs: int, load_before: tuple) -> None:
    """benchmarks/RESULTS.md's section "Other languages" (between its markers)."""
    results = HERE.parent / "RESULTS.md"
    load = lambda v: "/".join(f"{x:.1f}" for x in v)  # noqa: E731
    body = [
        "<!-- begin lang -->", "## Other languages: Fortran and Rust beside C (issue 14)", "",
        f"`python benchmarks/lang/run.py --runs {runs} --write`, "
        f"{datetime.datetime.now():%Y-%m-%d %H:%M}: taylor_log (1e7 terms) and logsumexp "
        "(1e7 doubles), primal and enzymec gradient of the same code written in each language "
        "(benchmarks/lang/kernels.*), all built by enzymec -O2 (C with "
        f"{' '.join(C_FLAGS)}: Fortran's and Rust's exp never set errno) and timed by one C "
        f"driver in process CPU time; best of 5 in the driver and of {runs} interleaved runs; "
        "gradient/primal: the median of the runs' ratios (each within one run), range in "
        f"parentheses. Machine: {os.cpu_count()} cores "
        f"shared with other jobs, load average (1/5/15 min) {load(load_before)} before and "
        f"{load(os.getloadavg())} after. {_version(['flang-new-22', '--version'])}; "
        f"{_version([RUSTC, '--version'])}.", "", *lines, "<!-- end lang -->", ""]
    text = results.read_text()
    pattern = re.compile(r"<!-- begin lang -->.*?<!-- end lang -->\n?", re.S)
    block = "\n".join(body)
    text = pattern.sub(lambda _m: block, text) if pattern.search(text) \
        else text.rstrip("\n") + "\n\n" + block
    results.write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--write", action="store_true")
    opts = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        exes = {lang: build(lang, Path(tmp)) for lang in LANGS}
        runs = {lang: [] for lang in LANGS}
        for _ in range(opts.runs):
            for lang in LANGS:
                runs[lang].append(measure(exes[lang]))
    lines = table({lang: best_of(runs[lang]) for lang in LANGS})
    print("\n".join(lines))
    if opts.write:
        write_section(lines, opts.runs, load_before)


if __name__ == "__main__":
    main()
