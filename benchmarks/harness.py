"""Build, run and compare the benchmark programs of benchmarks/c/ (see benchmarks/README in
RESULTS.md's header and `python -m benchmarks --help`).

Each benchmark directory holds `timed.c`, which times the primal, the expert handwritten
gradient and the enzymec gradient in one process, interleaved (benchmarks/c/bench_run.h); it is
built by enzymec and, without the enzymec version (-DBENCH_NO_AD), by gcc for reference.
`adolc.cpp` is the ADOL-C version, a process of its own. Line protocol: benchmarks/c/bench.h
and bench_run.h.
"""
from __future__ import annotations

import dataclasses
import os
import statistics
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.layouts import layout_source, merge_layouts

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CSRC = HERE / "c"
INCLUDE = ROOT / "include"

# -fno-math-errno for every version: enzymec's gradients call LLVM's math intrinsics, which
# never set errno, so handwritten code built with errno semantics (a libm call LLVM may not
# move, fold or unroll around) would be a weaker baseline than the code it is compared with
FLAGS = ["-O3", "-march=native", "-fno-math-errno"]
WRAP = "-Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=free"
TOLERANCE = 1e-6


@dataclasses.dataclass
class Bench:
    name: str
    dir: str
    full: list[str]
    smoke: list[str]
    note: str = ""
    target: float = 1.10          # issue 11: enzymec / expert handwritten at most this
    reps_factor: int = 1          # short programs get more repetitions (best of more)
    adolc_full: list[str] | None = None   # ADOL-C arguments when they differ (matvec shape)
    adolc_smoke: list[str] | None = None
    adolc: bool = True            # the outarg shape has no ADOL-C row of its own
    extra: tuple = ()             # keys of EXTRA_VERSIONS this program also prints
    cflags: tuple = ()            # extra flags for every build (GMM: layouts.ALIGN)
    layouts: tuple = (0,)         # .text paddings of the enzymec build (layouts.py)


BENCHMARKS = [
    Bench("taylor_log", "taylor_log", ["10000000"], ["20000"], "n = 1e7 terms at x = 0.5",
          target=1.05),
    Bench("logsumexp", "logsumexp", ["10000000"], ["20000"], "n = 1e7 doubles"),
    Bench("matvec", "matvec", ["malloc", "grad", "2000"], ["malloc", "grad", "60"],
          "one gradient, M 2000x2000, `out` malloc'd inside", reps_factor=40,
          adolc_full=["grad", "2000"], adolc_smoke=["grad", "60"]),
    Bench("matvec_descent", "matvec", ["malloc", "descent", "2000", "20"],
          ["malloc", "descent", "60", "3"], "20 descent steps, M 2000x2000, `out` malloc'd "
          "inside", adolc_full=["descent", "2000", "20"], adolc_smoke=["descent", "60", "3"]),
    Bench("matvec_outarg", "matvec", ["outarg", "grad", "2000"], ["outarg", "grad", "60"],
          "one gradient, M 2000x2000, `out` passed in (enzyme_dup)", reps_factor=40,
          adolc=False),
    Bench("matvec_outarg_descent", "matvec", ["outarg", "descent", "2000", "20"],
          ["outarg", "descent", "60", "3"], "20 descent steps, `out` passed in", adolc=False),
    Bench("net", "net", ["1000"], ["3", "300"],
          "784->10 softmax net, batch 100, 1000 SGD iterations, 60000 synthetic images",
          target=1.05),
    Bench("tree_reduce", "tree_reduce", ["4194304", "2"], ["4096", "2"],
          "recursive pairwise reduction, n = 2^22, 2 gradients", target=1.05),
]

# Builds of one benchmark directory: timed.c by enzymec (primal, hand, enzyme in one process),
# timed.c by gcc without the enzymec version (reference), adolc.cpp (one process, ADOL-C only).
BUILDS = {"enzymec": "timed.c", "gcc": "timed.c", "adolc": "adolc.cpp"}
# version key -> (build, name printed by the program, label, is a gradient)
VERSIONS = {
    "primal": ("enzymec", "primal", "primal (enzymec)", False),
    "hand": ("enzymec", "hand", "expert handwritten (enzymec)", True),
    "enzyme": ("enzymec", "enzyme", "enzymec gradient", True),
    "primal-gcc": ("gcc", "primal", "primal (gcc)", False),
    "hand-gcc": ("gcc", "hand", "expert handwritten (gcc)", True),
    "adolc": ("adolc", None, "ADOL-C", True),
}
# versions only some programs print (Bench.extra): BA's other enzymec Jacobian modes
EXTRA_VERSIONS = {
    "enzyme_rev": ("enzymec", "enzyme_rev", "enzymec, 2 reverse sweeps", True),
    "enzyme_fwd15": ("enzymec", "enzyme_fwd15", "enzymec, forward width 15", True),
}
ADOLC_REPS = 1


def adolc_available() -> bool:
    return Path("/usr/include/adolc/adolc.h").exists() and shutil.which("c++") is not None


def enzymec_cmd() -> list[str]:
    """The `enzymec` installed beside the interpreter running the benchmarks, else the one on
    PATH: `VENV/bin/python -m benchmarks` times the enzymec of VENV, whose interpreter runs
    enzymec's Python (compile_time.py reports which)."""
    beside = Path(sys.executable).parent / "enzymec"
    return [str(beside) if beside.exists() else (shutil.which("enzymec") or str(beside))]


def build_command(build: str, src: Path, out: Path, cflags=()) -> list[str]:
    """enzymec and gcc builds are linked with the malloc wrappers of bench_alloc.h."""
    flags = FLAGS + list(cflags)
    if build == "enzymec":
        return enzymec_cmd() + flags + [str(src), "-o", str(out), "-lm", WRAP]
    if build == "gcc":
        return (["gcc"] + flags + ["-DBENCH_NO_AD", str(src), "-o", str(out), "-lm", WRAP])
    return ["c++"] + flags + [str(src), "-o", str(out), "-ladolc", "-lm"]


@dataclasses.dataclass
class Outcome:
    status: str = "ok"          # ok | build failed | crashed | missing | WRONG
    detail: str = ""
    times: list[float] = dataclasses.field(default_factory=list)
    fields: dict = dataclasses.field(default_factory=dict)
    build_seconds: float = 0.0

    @property
    def best(self):
        return min(self.times) if self.times else None

    @property
    def median(self):
        return statistics.median(self.times) if self.times else None


def parse_output(text: str) -> dict:
    """`KEY v1 v2 ...` lines -> {KEY: [floats]} (lines that are not numbers are skipped)."""
    fields = {}
    for line in text.splitlines():
        parts = line.split()
        if not parts:
            continue
        try:
            vals = [float(p) for p in parts[1:]]
        except ValueError:
            continue
        fields[parts[0]] = vals
    return fields


def parse_versions(text: str) -> dict:
    """`KEY NAME v1 v2 ...` lines of bench_run.h -> {NAME: {KEY: [floats]}}."""
    out: dict = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        try:
            vals = [float(p) for p in parts[2:]]
        except ValueError:
            continue
        out.setdefault(parts[1], {})[parts[0]] = vals
    return out


def build(bench: Bench, kind: str, builddir: Path, cache: dict, log,
          pad: int = 0) -> tuple[Path | None, Outcome]:
    """Build one program of a benchmark directory (shared by the benchmarks using it), its
    code shifted by `pad` bytes (layouts.py)."""
    key = (bench.dir, kind, pad)
    if key in cache:
        return cache[key]
    oc = Outcome()
    exe = builddir / (f"{bench.dir}.{kind}" + (f".pad{pad}" if pad else ""))
    if kind == "adolc" and not adolc_available():
        oc.status, oc.detail = "missing", "ADOL-C not installed (apt-get install libadolc-dev)"
        cache[key] = (None, oc)
        return cache[key]
    src = layout_source(CSRC / bench.dir / BUILDS[kind], pad, builddir)
    cmd = build_command(kind, src, exe, bench.cflags)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    oc.build_seconds = time.perf_counter() - t0
    if p.returncode != 0:
        oc.status = "build failed"
        oc.detail = (p.stderr or p.stdout).strip()[-2000:]
        log(f"  BUILD FAILED {bench.dir}/{BUILDS[kind]} with {kind}:\n{oc.detail}")
        cache[key] = (None, oc)
        return cache[key]
    cache[key] = (exe, oc)
    return cache[key]


def run(exe: Path, args: list[str], reps: int, timeout: float) -> tuple[str | None, Outcome]:
    """Run one program once (it repeats and interleaves its versions itself)."""
    oc = Outcome()
    env = dict(os.environ, BENCH_REPS=str(reps))
    try:
        # a private working directory: ADOL-C spills big tapes to ./ADOL-C-*.tap files,
        # which concurrent runs (e.g. the smoke test next to a full run) would share
        with tempfile.TemporaryDirectory(prefix="enzymec-bench-run-") as cwd:
            p = subprocess.run([str(exe)] + args, capture_output=True, text=True,
                               timeout=timeout, cwd=cwd, env=env)
    except subprocess.TimeoutExpired:
        oc.status, oc.detail = "crashed", f"timeout after {timeout:.0f} s"
        return None, oc
    if p.returncode != 0:
        oc.status = "crashed"
        oc.detail = f"exit code {p.returncode}: {p.stderr.strip()[-1000:]}"
        return None, oc
    return p.stdout, oc


def outcome_of(fields: dict | None, base: Outcome) -> Outcome:
    """The Outcome of one version from its parsed fields (or the run's failure)."""
    if base.status != "ok":
        return base
    oc = Outcome(build_seconds=base.build_seconds)
    if not fields or "time" not in fields:
        oc.status, oc.detail = "crashed", "no `time` line for this version in the output"
        return oc
    oc.times, oc.fields = fields["time"], fields
    return oc


def run_versions(bench: Bench, builddir: Path, cache: dict, reps: int, smoke: bool, timeout,
                 log) -> dict:
    """Build and run the three programs of `bench`; version key -> Outcome."""
    outcomes = {}
    for kind in BUILDS:
        keys = [k for k, v in VERSIONS.items() if v[0] == kind]
        keys += [k for k in bench.extra if EXTRA_VERSIONS[k][0] == kind]
        if kind == "adolc" and not bench.adolc:
            continue
        pads = bench.layouts if kind == "enzymec" and not smoke else (0,)
        per_layout = [run_build(bench, kind, keys, builddir, cache, reps, smoke, timeout, log,
                                pad) for pad in pads]
        outcomes.update(per_layout[0] if len(pads) == 1 else
                        merge_layouts(per_layout, Outcome))
    return outcomes


def run_build(bench: Bench, kind: str, keys: list, builddir: Path, cache: dict, reps: int,
              smoke: bool, timeout, log, pad: int = 0) -> dict:
    """Build and run one program of `bench` in one layout; version key -> Outcome."""
    exe, boc = build(bench, kind, builddir, cache, log, pad)
    if exe is None:
        return {k: boc for k in keys}
    args = bench.smoke if smoke else bench.full
    if kind == "adolc":
        args = (bench.adolc_smoke if smoke else bench.adolc_full) or args
    text, roc = run(exe, args, min(reps, ADOLC_REPS) if kind == "adolc" else reps, timeout)
    roc.build_seconds = boc.build_seconds
    per = parse_versions(text) if kind != "adolc" and text else {}
    outcomes = {}
    for k in keys:
        name = {**VERSIONS, **EXTRA_VERSIONS}[k][1]
        fields = parse_output(text) if kind == "adolc" and text else per.get(name)
        outcomes[k] = outcome_of(fields, roc)
    return outcomes


def rel_diff(a: list[float], b: list[float]) -> float:
    """Normwise relative difference max|a-b| / max(|a|, |b|) (inf-norm)."""
    if len(a) != len(b):
        return float("inf")
    scale = max([abs(x) for x in a + b] + [1e-300])
    return max(abs(x - y) for x, y in zip(a, b)) / scale if a else 0.0


def compare(ref: dict, other: dict) -> float:
    worst = 0.0
    for key in ("value", "grad", "gabs"):
        if key in ref or key in other:
            if key not in ref or key not in other:
                return float("inf")
            worst = max(worst, rel_diff(ref[key], other[key]))
    return worst


@dataclasses.dataclass
class BenchResult:
    bench: Bench
    outcomes: dict            # version key -> Outcome
    labels: dict              # version key -> label
    diffs: dict               # version key -> max rel diff vs the reference
    reference: str


def run_benchmarks(builddir: Path, repeat: int = 5, smoke: bool = False,
                   tolerance: float = TOLERANCE, only=None, log=print,
                   timeout: float = 1800, benches=None) -> list[BenchResult]:
    """Run `benches` (default BENCHMARKS; benchmarks/suites.py holds the other groups)."""
    builddir.mkdir(parents=True, exist_ok=True)
    cache: dict = {}
    results = []
    labels = {k: v[2] for k, v in {**VERSIONS, **EXTRA_VERSIONS}.items()}
    for bench in (BENCHMARKS if benches is None else benches):
        if only and bench.name not in only:
            continue
        log(f"== {bench.name} ({' '.join(bench.smoke if smoke else bench.full)})")
        outcomes = run_versions(bench, builddir, cache, repeat * bench.reps_factor, smoke,
                                timeout, log)
        for k, oc in outcomes.items():
            log_outcome(labels[k], oc, log)
        diffs = check_agreement(outcomes, labels, tolerance, log)
        results.append(BenchResult(bench, outcomes, labels, diffs, "hand"))
    return results


def log_outcome(label: str, oc: Outcome, log):
    if oc.status != "ok":
        log(f"  {label:<30} {oc.status}: {oc.detail}")
        return
    heap = oc.fields.get("heap_peak_bytes")
    extra = f"  heap peak {int(heap[0]):,} B" if heap else ""
    first = oc.fields.get("heap_first_peak_bytes")
    extra += f" (1st call {int(first[0]):,} B)" if first else ""
    layouts = oc.fields.get("layout_best")
    extra += " (median of layouts " + ", ".join(f"{t:.4f}" for t in layouts) + ")" \
        if layouts else ""
    log(f"  {label:<30} best {oc.best:9.4f} s  median {oc.median:9.4f} s{extra}")


def check_agreement(outcomes: dict, labels: dict, tolerance: float, log) -> dict:
    """Every gradient against the expert handwritten one built by enzymec, the gcc primal
    against the enzymec primal; a difference above `tolerance` marks the version WRONG."""
    diffs = {}
    gradient_keys = [k for k, v in {**VERSIONS, **EXTRA_VERSIONS}.items() if v[3]]
    for keys, ref in ((gradient_keys, "hand"), (["primal-gcc"], "primal")):
        if outcomes.get(ref) is None or outcomes[ref].status != "ok":
            continue
        for k in keys:
            oc = outcomes.get(k)
            if oc is None or oc.status != "ok" or k == ref:
                continue
            d = compare(outcomes[ref].fields, oc.fields)
            diffs[k] = d
            if not d <= tolerance:
                oc.status = "WRONG"
                oc.detail = (f"max relative difference {d:.3g} vs {labels[ref]} "
                             f"(tolerance {tolerance:g})")
                log(f"  !!! {labels[k]}: WRONG: {oc.detail}")
    if diffs:
        log(f"  max relative difference: {max(diffs.values()):.3g}")
    return diffs


def failures(results: list[BenchResult], require_adolc: bool) -> list[str]:
    out = []
    for r in results:
        for k, oc in r.outcomes.items():
            if oc.status == "ok" or (oc.status == "missing" and not require_adolc):
                continue
            out.append(f"{r.bench.name}: {r.labels[k]}: {oc.status}: {oc.detail}")
    return out
