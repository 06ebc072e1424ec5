"""Build, run and compare the benchmark programs of benchmarks/c/ (see benchmarks/README in
RESULTS.md's header and `python -m benchmarks --help`).

Each benchmark directory holds one program per version, all printing the same line protocol
(benchmarks/c/bench.h): `time`, `value`, `grad` (16 samples), `gabs`, and for the enzymec
versions `tape_peak_bytes` / `tape_total_bytes`.
"""
from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CSRC = HERE / "c"
INCLUDE = ROOT / "include"

FLAGS = ["-O3", "-march=native"]
WRAP = "-Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=free"
TOLERANCE = 1e-6


@dataclasses.dataclass
class Bench:
    name: str
    dir: str
    full: list[str]
    smoke: list[str]
    note: str = ""


BENCHMARKS = [
    Bench("taylor_log", "taylor_log", ["10000000"], ["20000"], "n = 1e7 terms at x = 0.5"),
    Bench("logsumexp", "logsumexp", ["10000000"], ["20000"], "n = 1e7 doubles"),
    Bench("matvec", "matvec", ["grad", "2000"], ["grad", "60"], "one gradient, M 2000x2000"),
    Bench("matvec_descent", "matvec", ["descent", "2000", "20"], ["descent", "60", "3"],
          "20 descent steps, M 2000x2000"),
    Bench("net", "net", ["1000"], ["3", "300"],
          "784->10 softmax net, batch 100, 1000 SGD iterations, 60000 synthetic images"),
    Bench("tree_reduce", "tree_reduce", ["4194304", "2"], ["4096", "2"],
          "recursive pairwise reduction, n = 2^22, 2 gradients"),
]


@dataclasses.dataclass
class Version:
    key: str          # e.g. "enzyme", "hand-gcc"
    source: str       # file in the benchmark directory
    compiler: str     # "enzymec", "gcc", "c++"
    gradient: bool    # takes part in the gradient comparison
    label: str


def versions_of(bench: Bench) -> list[Version]:
    d = CSRC / bench.dir
    vs = [
        Version("primal", "primal.c", "enzymec", False, "primal (enzymec)"),
        Version("primal-gcc", "primal.c", "gcc", False, "primal (gcc)"),
        Version("enzyme", "enzyme.c", "enzymec", True, "enzymec gradient"),
        Version("hand", "hand.c", "enzymec", True, "handwritten (enzymec)"),
        Version("hand-gcc", "hand.c", "gcc", True, "handwritten (gcc)"),
        Version("adolc", "adolc.cpp", "c++", True, "ADOL-C"),
    ]
    for extra in sorted(d.glob("enzyme_*.c")):
        suffix = extra.stem[len("enzyme_"):]
        vs.append(Version(f"enzyme-{suffix}", extra.name, "enzymec", True,
                          f"enzymec gradient ({suffix} variant)"))
    return vs


def adolc_available() -> bool:
    return Path("/usr/include/adolc/adolc.h").exists() and shutil.which("c++") is not None


def enzymec_cmd() -> list[str]:
    exe = shutil.which("enzymec") or str(Path(sys.executable).parent / "enzymec")
    return [exe]


def build_command(v: Version, src: Path, out: Path) -> list[str]:
    if v.compiler == "enzymec":
        cmd = enzymec_cmd() + FLAGS + [str(src), "-o", str(out), "-lm"]
        if v.key.startswith("enzyme"):
            cmd.append(WRAP)
        return cmd
    if v.compiler == "gcc":
        return ["gcc"] + FLAGS + [f"-I{INCLUDE}", str(src), "-o", str(out), "-lm"]
    return ["c++"] + FLAGS + [str(src), "-o", str(out), "-ladolc", "-lm"]


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


def parse_output(text: str) -> dict:
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


def build(bench: Bench, v: Version, builddir: Path, cache: dict, log) -> tuple[Path | None, Outcome]:
    """Build one version (binaries are shared by benchmarks using the same directory)."""
    key = (bench.dir, v.key)
    if key in cache:
        return cache[key]
    oc = Outcome()
    exe = builddir / f"{bench.dir}.{v.key}"
    if v.compiler == "c++" and not adolc_available():
        oc.status, oc.detail = "missing", "ADOL-C not installed (apt-get install libadolc-dev)"
        cache[key] = (None, oc)
        return cache[key]
    cmd = build_command(v, CSRC / bench.dir / v.source, exe)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    oc.build_seconds = time.perf_counter() - t0
    if p.returncode != 0:
        oc.status = "build failed"
        oc.detail = (p.stderr or p.stdout).strip()[-2000:]
        log(f"  BUILD FAILED {bench.dir}/{v.source} with {v.compiler}:\n{oc.detail}")
        cache[key] = (None, oc)
        return cache[key]
    cache[key] = (exe, oc)
    return cache[key]


def run(exe: Path, args: list[str], repeat: int, timeout: float) -> Outcome:
    oc = Outcome()
    for _ in range(repeat):
        try:
            # a private working directory: ADOL-C spills big tapes to ./ADOL-C-*.tap files,
            # which concurrent runs (e.g. the smoke test next to a full run) would share
            with tempfile.TemporaryDirectory(prefix="enzymec-bench-run-") as cwd:
                p = subprocess.run([str(exe)] + args, capture_output=True, text=True,
                                   timeout=timeout, cwd=cwd)
        except subprocess.TimeoutExpired:
            oc.status, oc.detail = "crashed", f"timeout after {timeout:.0f} s"
            return oc
        if p.returncode != 0:
            oc.status = "crashed"
            oc.detail = f"exit code {p.returncode}: {p.stderr.strip()[-1000:]}"
            return oc
        f = parse_output(p.stdout)
        if "time" not in f:
            oc.status, oc.detail = "crashed", "no `time` line in the output"
            return oc
        oc.times.append(f["time"][0])
        oc.fields = f
    return oc


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
                   timeout: float = 1800) -> list[BenchResult]:
    builddir.mkdir(parents=True, exist_ok=True)
    cache: dict = {}
    results = []
    for bench in BENCHMARKS:
        if only and bench.name not in only:
            continue
        args = bench.smoke if smoke else bench.full
        log(f"== {bench.name} ({' '.join(args)})")
        outcomes, labels = {}, {}
        for v in versions_of(bench):
            labels[v.key] = v.label
            exe, boc = build(bench, v, builddir, cache, log)
            if exe is None:
                outcomes[v.key] = boc
                continue
            oc = run(exe, args, repeat, timeout)
            oc.build_seconds = boc.build_seconds
            outcomes[v.key] = oc
            if oc.status == "ok":
                extra = ""
                if "tape_peak_bytes" in oc.fields:
                    extra = f"  tape peak {int(oc.fields['tape_peak_bytes'][0]):,} B"
                log(f"  {v.label:<34} {oc.best:10.4f} s{extra}")
            else:
                log(f"  {v.label:<34} {oc.status}: {oc.detail}")
        # correctness: every gradient version against the handwritten one built by enzymec
        ref = "hand" if outcomes.get("hand", Outcome("x")).status == "ok" else "hand-gcc"
        diffs = {}
        gradient_keys = [v.key for v in versions_of(bench) if v.gradient]
        primal_keys = ["primal", "primal-gcc"]
        for keys, r in ((gradient_keys, ref), (primal_keys, "primal")):
            if outcomes.get(r) is None or outcomes[r].status != "ok":
                continue
            for k in keys:
                oc = outcomes.get(k)
                if oc is None or oc.status != "ok" or k == r:
                    continue
                d = compare(outcomes[r].fields, oc.fields)
                diffs[k] = d
                if not d <= tolerance:
                    oc.status = "WRONG"
                    oc.detail = (f"max relative difference {d:.3g} vs {labels[r]} "
                                 f"(tolerance {tolerance:g})")
                    log(f"  !!! {labels[k]}: WRONG gradient: {oc.detail}")
        if diffs:
            log(f"  max relative difference of the gradients: {max(diffs.values()):.3g}")
        results.append(BenchResult(bench, outcomes, labels, diffs, ref))
    return results


def failures(results: list[BenchResult], require_adolc: bool) -> list[str]:
    out = []
    for r in results:
        for k, oc in r.outcomes.items():
            if oc.status == "ok" or (oc.status == "missing" and not require_adolc):
                continue
            out.append(f"{r.bench.name}: {r.labels[k]}: {oc.status}: {oc.detail}")
    return out
