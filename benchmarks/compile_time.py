"""`enzymec -O3 -c` against `clang -O3 -c` on every benchmark source (issue 11 item 5):
`python -m benchmarks compile-time [--repeat N]` writes RESULTS.md's compile-time section.
Three baselines: `zig cc -O3 -c` as the toolchain runs it (its cc1 at -O2, with debug info),
the same clang made to do what `clang -O3 -c` does (cc1 at -O3, no debug info: CLANG_O3),
and that command's cc1 alone (clang_cc1): zig cc's wrapper costs processes of its own that
a clang running its cc1 in its driver's process (Debian's clang-22) does not, while enzymec
runs its clangs' cc1 directly, so that ratio is the one a user of such a clang sees.

The machine these numbers come from is shared, so wall time says more about the other jobs
than about the compilers. Each source is compiled by the four in turn (enzymec, zig cc,
clang -O3, its cc1, enzymec, ...; one untimed round first) and each run's CPU time (user +
system of the process and its children, from the kernel's accounting) is read; each ratio is taken round by
round and its median and range reported. zig cc caches compilation results, so every run gets
fresh, empty zig cache directories (enzymec's frontend is zig's clang too).

Before timing, enzymec's modules are compiled to bytecode (`compileall`, forced), as pip
does when it installs a package: a checkout whose `__pycache__` is stale or missing (or a
session with PYTHONDONTWRITEBYTECODE set) compiles every module from source at each start,
which on this machine added about 0.24 s of CPU to every compile. `compile_stages.py` then splits one more
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

STAGES = ("start-up", "frontend", "pre-ad", "ad", "optimize", "codegen", "clang")


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


def paired(a: list[str], b: list[str], repeat: int, *others: list[str]) -> dict:
    """A, B and the `others` (C, D) in turn, `repeat` counted rounds after one warm-up
    round: medians, and A/B (A/C, A/D) round by round."""
    cmds = [a, b, *others]
    for cmd in cmds:
        cpu_run(cmd)
    times = [[] for _ in cmds]
    for _ in range(repeat):
        for cmd, out in zip(cmds, times):
            seconds, err = cpu_run(cmd)
            if err:
                return {"error": err}
            out.append(seconds)
    result = {"a": statistics.median(times[0])}
    for name, key, other in zip("bcd", ("", "c_", "d_"), times[1:]):
        ratios = [x / y for x, y in zip(times[0], other)]
        result.update({name: statistics.median(other), f"{key}ratio": statistics.median(ratios),
                       f"{key}lo": min(ratios), f"{key}hi": max(ratios)})
    return result


def stages(args: list[str]) -> dict:
    """One enzymec run of `args` split into its stages (compile_stages.py)."""
    with tempfile.TemporaryDirectory(prefix="enzymec-bench-zig-") as zc:
        env = dict(os.environ, ZIG_LOCAL_CACHE_DIR=zc, ZIG_GLOBAL_CACHE_DIR=zc)
        p = subprocess.run([sys.executable, "-m", "benchmarks.compile_stages", *args],
                           capture_output=True, text=True, timeout=1800, env=env,
                           cwd=H.ROOT)
    lines = p.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {}


def compile_bytecode() -> None:
    """enzymec's modules compiled to bytecode, as an installed package has them (module doc).
    Forced: compileall keeps a .pyc whose source has the same mtime in whole seconds (a file
    edited again within the second it was compiled), which the import system then rejects
    for its size and compiles again at every start (pipeline.py did: 2-3 ms)."""
    compileall.compile_dir(str(H.ROOT / "enzymec"), quiet=1, force=True)


# What enzymec's interpreter is: its Python runs a quarter to a third of an enzymec
# compile's CPU on the benchmarks, and builds of one Python version differ in speed: on the
# machine of the 2026-12-03 tables, Debian's python3.11 (the one the README's commands
# install, libpython linked into the executable) against a pyenv build of 3.11.7 (libpython
# a shared library), RESULTS.md's analysis gives the figures.
_ABOUT = ("import os, sys; maps = open('/proc/self/maps').read(); "
          "print(sys.version.split()[0], os.path.realpath(sys.executable), "
          "'shared' if 'libpython' in maps else 'static')")


def interpreter(python: str | None = None) -> str:
    """The Python `python` (by default the one that runs H.enzymec_cmd(): its script's `#!`
    line): version, path, and whether libpython is a shared library or linked into the
    executable."""
    try:
        if python is None:
            with open(H.enzymec_cmd()[0]) as handle:
                first = handle.readline()
            python = first[2:].strip() if first.startswith("#!") else sys.executable
        out = subprocess.run([python, "-c", _ABOUT], capture_output=True, text=True,
                             timeout=60).stdout.split()
        version, path, linked = out
    except (OSError, ValueError, subprocess.SubprocessError):
        return "unknown"
    where = "a shared library" if linked == "shared" else "linked into the executable"
    return f"Python {version} ({path}; libpython {where})"


def sources() -> list[Path]:
    return sorted(H.CSRC.glob("*/timed.c"))


def zigcc() -> list[str]:
    """The ziglang wheel's binary itself, as enzymec runs it (toolchain.py): `python -m
    ziglang cc` would add a Python start-up (about 0.02 s of CPU) to every clang run."""
    import ziglang

    return [os.path.join(os.path.dirname(ziglang.__file__), "zig"), "cc"]


# What `clang -O3 -c` does, which `zig cc -O3 -c` does not: zig hands clang's cc1 -O2 and
# asks for debug info (`zig cc -### -O3 -c x.c`); enzymec's object has none.
CLANG_O3 = ["-Xclang", "-O3", "-g0"]


def clang_cc1(clang: list[str], source: str, obj: str) -> list[str] | None:
    """The cc1 command the zig cc command `clang` (compiling `source` to `obj`) runs, as
    enzymec runs its own (enzymec/driver/zig_cc1.py); None where there is none. This is
    `clang -O3 -c` without zig cc's wrapper (which first asks the system C compiler for its
    include and crt paths, then starts clang and `ld.lld -r` as processes of their own): what
    a clang built to run its cc1 inside its driver's process, such as Debian's clang-22,
    costs, but for that driver's own start."""
    from enzymec.driver import toolchain, zig_cc1

    return zig_cc1.command(toolchain.find_toolchain(), clang, source, obj)


def _row(rel: str, r: dict, st: dict) -> str:
    if "error" in r:
        return f"| {rel} | failed: {r['error'][:120]} |" + " |" * 15
    parts = " | ".join(f"{st.get(s, 0):.3f}" for s in STAGES)
    cc1 = (f"{r['d']:.3f} | {r['d_ratio']:.2f}x ({r['d_lo']:.2f}-{r['d_hi']:.2f})"
           if "d" in r else "- | -")
    return (f"| {rel} | {r['a']:.3f} | {r['c']:.3f} | **{r['c_ratio']:.2f}x** | "
            f"{r['c_lo']:.2f}-{r['c_hi']:.2f} | {'met' if r['c_ratio'] <= 2 else 'missed'} | "
            f"{cc1} | "
            f"{r['b']:.3f} | {r['ratio']:.2f}x ({r['lo']:.2f}-{r['hi']:.2f}) | {parts} |")


def section(repeat: int = 3, log=print) -> str:
    """The compile-time section of RESULTS.md (see the module doc)."""
    import datetime
    compile_bytecode()
    load0 = os.getloadavg()
    python = interpreter()
    rows = ["| source | enzymec cpu (s) | clang -O3 cpu (s) | **ratio to clang -O3** (median) | "
            "ratio range | <= 2x | clang -O3 cc1 cpu (s) | ratio to its cc1 (range) | "
            "zig cc cpu (s) | ratio to zig cc (range) | " + " | ".join(STAGES) + " |",
            "|---|---:|---:|---:|---|---|---:|---|---:|---|" + "---:|" * len(STAGES)]
    with tempfile.TemporaryDirectory() as td:
        obj = str(Path(td) / "x.o")
        for src in sources():
            args = H.FLAGS + ["-c", str(src), "-o", obj]
            clang = zigcc() + [f"-I{H.INCLUDE}"] + args
            cc1 = clang_cc1(clang + CLANG_O3, str(src), obj)
            r = paired(H.enzymec_cmd() + args, clang, repeat, clang + CLANG_O3,
                       *([cc1] if cc1 else []))
            st = stages(args) if "error" not in r else {}
            rel = f"{src.parent.name}/{src.name}"
            log(f"  compile {rel}: {r} {st}")
            rows.append(_row(rel, r, st))
    load1 = os.getloadavg()
    return ("## Compile time (`python -m benchmarks compile-time`)\n\n"
            f"- Date: {datetime.datetime.now():%Y-%m-%d %H:%M}; load average (1/5/15 min) "
            f"{'/'.join(f'{x:.1f}' for x in load0)} before, "
            f"{'/'.join(f'{x:.1f}' for x in load1)} after, on {os.cpu_count()} cores; "
            f"enzymec run by {python}\n"
            f"- CPU time (user + system, children included) of one `-c` compile, `"
            f"{' '.join(H.FLAGS)}`; zig cc is the ziglang wheel's `zig cc` (its clang: cc1 at "
            f"-O2, with debug info); clang -O3 is the same with `{' '.join(CLANG_O3)}` (cc1 at "
            f"-O3, no debug info, as `clang -O3 -c` and as enzymec's object); its cc1 is that "
            "command's clang process alone, run directly as enzymec runs its own (no zig cc "
            "wrapper: benchmarks/compile_time.py, clang_cc1); the four in "
            f"turn, {repeat} rounds after a warm-up round, fresh zig caches per run; the ratios "
            "are taken round by round (median and range); the target (issue 11 item 5) is on "
            "the ratio to clang -O3. enzymec's modules compiled to "
            "bytecode first, as an installed package has them (benchmarks/compile_time.py says "
            "why).\n"
            "- Stage columns: CPU seconds of one more enzymec run split by "
            "benchmarks/compile_stages.py (start-up = interpreter and imports; frontend = "
            "the clang child; pre-ad = the pre-AD pipeline, in a second clang child from 300 "
            "instruction lines on (enzymec/driver/clang_pre_ad.py; clang's cc1 is run "
            "directly, not through zig cc: enzymec/driver/zig_cc1.py); optimize = the post-AD "
            "parse and runtime link in llvmlite, with the load of its library (0.000: none, "
            "the AD's text goes to clang with the runtime functions it calls appended as "
            "text, enzymec/driver/text_codegen.py and rt_text.py); "
            "codegen = clang's "
            "-O3 pipeline and code generation of the object file, enzymec/driver/"
            "clang_codegen.py); clang = the CPU of every clang child together (the "
            "frontend, the pre-AD pipeline, the codegen), which bounds the ratio from below "
            "whatever enzymec's Python costs).\n\n" + "\n".join(rows))
