"""`enzymec -O3 -c` against `clang -O3 -c` on every benchmark source (issue 11 item 5):
`python -m benchmarks compile-time [--repeat N]` writes RESULTS.md's compile-time section.

The machine these numbers come from is shared, so wall time says more about the other jobs
than about the compilers. Each source is compiled by the two in turn (enzymec, clang,
enzymec, clang, ...; one untimed pair first) and each run's CPU time (user + system of the
process and its children, from the kernel's accounting) is read; the ratio is taken pair by
pair and its median and range reported. zig cc caches compilation results, so every run gets
fresh, empty zig cache directories (enzymec's frontend is zig's clang too).

Before timing, enzymec's modules are compiled to bytecode (`compileall`), as pip does when
it installs a package: a checkout whose `__pycache__` is stale or missing (or a session with
PYTHONDONTWRITEBYTECODE set) compiles every module from source at each start, which on this
machine added about 0.24 s of CPU to every compile. `compile_stages.py` then splits one more
enzymec run of each source into its stages.
"""
from __future__ import annotations

import compileall
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import harness as H

STAGES = ("start-up", "frontend", "pre-ad", "ad", "optimize", "codegen")


def cpu_run(cmd: list[str]) -> tuple[float, str]:
    """CPU seconds (user + system, children included) of one run of `cmd` with fresh zig
    caches, and its error output if it failed ('' when it succeeded)."""
    with tempfile.TemporaryDirectory(prefix="enzymec-bench-zig-") as zc:
        env = dict(os.environ, ZIG_LOCAL_CACHE_DIR=zc, ZIG_GLOBAL_CACHE_DIR=zc)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, env=env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, "" if p.returncode == 0 else (p.stderr or p.stdout).strip()[-500:]


def paired(a: list[str], b: list[str], repeat: int) -> dict:
    """A and B in turn, `repeat` counted pairs after one warm-up pair: medians and ratios."""
    cpu_run(a), cpu_run(b)
    ta, tb = [], []
    for _ in range(repeat):
        for cmd, out in ((a, ta), (b, tb)):
            seconds, err = cpu_run(cmd)
            if err:
                return {"error": err}
            out.append(seconds)
    ratios = [x / y for x, y in zip(ta, tb)]
    return {"a": statistics.median(ta), "b": statistics.median(tb),
            "ratio": statistics.median(ratios), "lo": min(ratios), "hi": max(ratios)}


def stages(args: list[str]) -> dict:
    """One enzymec run of `args` split into its stages (compile_stages.py)."""
    with tempfile.TemporaryDirectory(prefix="enzymec-bench-zig-") as zc:
        env = dict(os.environ, ZIG_LOCAL_CACHE_DIR=zc, ZIG_GLOBAL_CACHE_DIR=zc)
        p = subprocess.run([sys.executable, "-m", "benchmarks.compile_stages", *args],
                           capture_output=True, text=True, timeout=1800, env=env,
                           cwd=H.ROOT)
    lines = p.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


def sources() -> list[Path]:
    return sorted(H.CSRC.glob("*/timed.c"))


def zigcc() -> list[str]:
    return [sys.executable, "-m", "ziglang", "cc"]


def _row(rel: str, r: dict, st: dict) -> str:
    if "error" in r:
        return f"| {rel} | failed: {r['error'][:120]} |" + " |" * 10
    parts = " | ".join(f"{st.get(s, 0):.3f}" for s in STAGES)
    return (f"| {rel} | {r['a']:.3f} | {r['b']:.3f} | **{r['ratio']:.2f}x** | "
            f"{r['lo']:.2f}-{r['hi']:.2f} | {'met' if r['ratio'] <= 2 else 'missed'} | {parts} |")


def section(repeat: int = 3, log=print) -> str:
    """The compile-time section of RESULTS.md (see the module doc)."""
    import datetime
    compileall.compile_dir(str(H.ROOT / "enzymec"), quiet=1)
    load0 = os.getloadavg()
    rows = ["| source | enzymec cpu (s) | clang cpu (s) | **ratio** (median) | ratio range | "
            "<= 2x | " + " | ".join(STAGES) + " |",
            "|---|---:|---:|---:|---|---|" + "---:|" * len(STAGES)]
    with tempfile.TemporaryDirectory() as td:
        obj = str(Path(td) / "x.o")
        for src in sources():
            args = H.FLAGS + ["-c", str(src), "-o", obj]
            r = paired(H.enzymec_cmd() + args, zigcc() + [f"-I{H.INCLUDE}"] + args, repeat)
            st = stages(args) if "error" not in r else {}
            rel = f"{src.parent.name}/{src.name}"
            log(f"  compile {rel}: {r} {st}")
            rows.append(_row(rel, r, st))
    load1 = os.getloadavg()
    return ("## Compile time (`python -m benchmarks compile-time`)\n\n"
            f"- Date: {datetime.datetime.now():%Y-%m-%d %H:%M}; load average (1/5/15 min) "
            f"{'/'.join(f'{x:.1f}' for x in load0)} before, "
            f"{'/'.join(f'{x:.1f}' for x in load1)} after, on {os.cpu_count()} cores\n"
            f"- CPU time (user + system, children included) of one `-c` compile, `"
            f"{' '.join(H.FLAGS)}`; clang is `python -m ziglang cc`; enzymec and clang in "
            f"turn, {repeat} pairs after a warm-up pair, fresh zig caches per run; the ratio "
            "is taken pair by pair (median and range). enzymec's modules compiled to bytecode "
            "first, as an installed package has them (benchmarks/compile_time.py says why).\n"
            "- Stage columns: CPU seconds of one more enzymec run split by "
            "benchmarks/compile_stages.py (start-up = interpreter and imports; frontend = "
            "the clang child; optimize = the post-AD parse and runtime link; codegen = clang's "
            "-O3 pipeline and code generation of the object file, enzymec/driver/"
            "clang_codegen.py).\n\n" + "\n".join(rows))
