"""Compile cost in instructions executed, stage by stage (issue 11 item 5):
`python -m benchmarks compile-instructions [--only NAME ...]`.

Why a second measure beside compile_time.py's CPU seconds: on the shared machines these
benchmarks run on, the CPU time of one and the same command varies by up to 1.5x from run to
run, as much as any change to enzymec's compile time, so a change can only be judged there
over many interleaved rounds. The number of instructions a process executes does not depend
on the other jobs: valgrind's cachegrind counts them (`--cache-sim=no`), the same count for
the same binary, input and environment (Python's string hashing is fixed with
PYTHONHASHSEED=0). Instructions are not seconds (the Python interpreter and clang execute
them at different rates: on the machine of RESULTS.md's compile-time table enzymec's Python
ran about 4.5 instructions a nanosecond, clang's cc1 more), so these ratios are not item 5's
target figures; they show where the work is and whether a change removed any.

What is counted, for each benchmark source with the flags of the compile-time table, after
one uncounted compile of it (as the compile-time table's warm-up round: enzymec's caches of
the runtime's bitcode and text, of cc1 commands and of compiled patterns are then filled,
and a count is of an everyday compile, not of the first one on a machine):
- python: the enzymec driver's own process (valgrind does not follow its children, which
  run natively); compile_probe.py runs the driver in that process and records each cc1
  command zig_cc1.run starts (the frontend, the pre-AD pipeline, the codegen) with a copy of
  its input file;
- frontend, pre-ad, codegen: each recorded cc1 command run again under cachegrind on its
  copied input (its output written to a scratch directory);
- clang -O3: the cc1 process of `clang -O3 -c` on the same source (compile_time.clang_cc1,
  the compile-time table's last baseline), the whole of clang's work for the object.
"""
from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import compile_time as CT
from benchmarks import harness as H

STAGES = ("frontend", "pre-ad", "codegen")
PROBE = Path(__file__).with_name("compile_probe.py")  # run as a script: no benchmarks imports
_SUMMARY = re.compile(r"^summary: (\d+)$", re.MULTILINE)


def counted(cmd: list[str], cwd: str | Path, env: dict | None = None) -> tuple[int, str]:
    """Instructions `cmd`'s own process executes (children not followed), and its error
    output if it failed ('' when it succeeded)."""
    with tempfile.TemporaryDirectory(prefix="enzymec-bench-cg-") as td:
        out = os.path.join(td, "cg.out")
        p = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                            f"--cachegrind-out-file={out}", *cmd],
                           capture_output=True, text=True, cwd=cwd, env=env, timeout=3600)
        if p.returncode != 0 or not os.path.exists(out):
            return 0, (p.stderr or p.stdout).strip()[-500:] or "valgrind failed"
        with open(out) as handle:
            found = _SUMMARY.search(handle.read())
    return (int(found.group(1)), "") if found else (0, "no cachegrind summary")


def _rerun(record: dict, scratch: str) -> list[str]:
    """A recorded cc1 command reading its copied input and writing into `scratch`."""
    cmd = list(record["cmd"])
    cmd[-1] = record["input"]
    out = cmd.index("-o") + 1
    cmd[out] = os.path.join(scratch, "out" + os.path.splitext(cmd[out])[1])
    return cmd


def measure(src: Path) -> dict:
    """Instruction counts of one source's enzymec and clang -O3 compiles (module doc)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    with tempfile.TemporaryDirectory(prefix="enzymec-bench-ins-") as td:
        zc = os.path.join(td, "zig-cache")
        env.update(ZIG_LOCAL_CACHE_DIR=zc, ZIG_GLOBAL_CACHE_DIR=zc)
        records = os.path.join(td, "records")
        os.makedirs(records)
        obj = os.path.join(td, "x.o")
        args = H.FLAGS + [f"-I{H.INCLUDE}", "-c", str(src), "-o", obj]
        # one uncounted compile first, as the compile-time table's warm-up round: the counts
        # are of a compile whose caches (runtime bitcode and text, cc1 templates, patterns)
        # an earlier compile filled, not of the one that builds them
        subprocess.run(H.enzymec_cmd() + args, capture_output=True, cwd=H.ROOT, env=env,
                       timeout=1800)
        python, err = counted([sys.executable, str(PROBE), records, *args], H.ROOT, env)
        if err:
            return {"error": err}
        found = sorted((f for f in os.listdir(records) if f.endswith(".cmd")),
                       key=lambda f: int(f[5:-4]))
        if len(found) != len(STAGES):
            return {"error": f"{len(found)} cc1 runs recorded where {len(STAGES)} were "
                             "expected (frontend, pre-AD, codegen)"}
        result = {"python": python}
        for stage, name in zip(STAGES, found):
            with open(os.path.join(records, name), "rb") as handle:
                record = marshal.load(handle)
            result[stage], err = counted(_rerun(record, td), H.ROOT, env)
            if err:
                return {"error": f"{stage}: {err}"}
        clang = CT.zigcc() + [f"-I{H.INCLUDE}"] + H.FLAGS + ["-c", str(src), "-o", obj]
        cc1 = CT.clang_cc1(clang + CT.CLANG_O3, str(src), obj)
        if cc1 is None:
            return {"error": "no direct cc1 command for clang -O3"}
        result["clang"], err = counted(cc1, H.ROOT, env)
        if err:
            return {"error": f"clang -O3: {err}"}
    return result


def _row(rel: str, r: dict) -> str:
    if "error" in r:
        return f"| {rel} | failed: {r['error'][:200]} |" + " |" * 8
    clang_side = sum(r[s] for s in STAGES)
    total = r["python"] + clang_side
    cells = [r["python"], *(r[s] for s in STAGES), total, r["clang"]]
    return (f"| {rel} | " + " | ".join(f"{c / 1e6:.0f}" for c in cells)
            + f" | **{total / r['clang']:.2f}x** | {clang_side / r['clang']:.2f}x | "
            f"{r['codegen'] / r['clang']:.2f}x |")


def section(only: list[str] | None = None, log=print) -> str:
    """The compile-instructions section of RESULTS.md (module doc)."""
    import datetime
    CT.compile_bytecode()
    rows = ["| source | python | frontend | pre-ad | codegen | enzymec total | clang -O3 | "
            "**enzymec / clang -O3** | its clang runs alone / clang -O3 | "
            "codegen alone / clang -O3 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for src in CT.sources():
        if only and src.parent.name not in only:
            continue
        rel = f"{src.parent.name}/{src.name}"
        r = measure(src)
        log(f"  instructions {rel}: {r}")
        rows.append(_row(rel, r))
    return ("## Compile cost in instructions (`python -m benchmarks compile-instructions`)\n\n"
            f"- Date: {datetime.datetime.now():%Y-%m-%d %H:%M}; millions of instructions "
            "executed (valgrind's cachegrind, PYTHONHASHSEED=0), one `-c` compile of each "
            f"source with `{' '.join(H.FLAGS)}`; python = the enzymec driver's own process "
            f"(run by {CT.interpreter(sys.executable)}), "
            "frontend / pre-ad / codegen = its three clang cc1 runs, clang -O3 = the cc1 of "
            "`clang -O3 -c` (the compile-time table's last baseline). Deterministic where the "
            "CPU seconds above are not, but not seconds: benchmarks/compile_instructions.py "
            "says what the counts are for.\n\n" + "\n".join(rows))


def main(argv: list[str]) -> int:
    only = argv[argv.index("--only") + 1:] if "--only" in argv else None
    print(section(only, log=lambda s: print(s, file=sys.stderr)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
