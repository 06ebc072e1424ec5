"""OpenMP gradient benchmark: `python -m benchmarks.omp_bench [--repeat N] [--write]`.

Builds benchmarks/omp/omp_kernels.c with `enzymec -O3 -fopenmp` and without -fopenmp (the
serial build), times primal and gradient of a map-reduce over 2e7 doubles and of a heat
stencil (10 parallel steps over 2e6 points), best of N runs, at OMP_NUM_THREADS=1 and 2,
and reports the 2-thread speedup of the gradient (target >= 1.7x), the gradient/primal
ratio at 2 threads against the serial build's (target within 1.15x), and the atomic and
plain adjoint updates enzymec made (ENZYMEC_OMP_STATS). `--write` replaces the OpenMP
section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "omp", "omp_kernels.c")
RESULTS = os.path.join(HERE, "RESULTS.md")
BEGIN, END = "<!-- begin omp -->", "<!-- end omp -->"


def build(out: str, openmp: bool) -> str:
    env = dict(os.environ, ENZYMEC_OMP_STATS="1")
    cmd = ["enzymec", "-O3", *(["-fopenmp"] if openmp else []), SOURCE, "-o", out, "-lm"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    return proc.stderr


def best(exe: str, kernel: str, mode: str, threads: str, repeat: int) -> float:
    env = dict(os.environ, OMP_NUM_THREADS=threads)
    times = []
    for _ in range(repeat):
        out = subprocess.run([exe, kernel, mode], capture_output=True, text=True, check=True,
                             env=env).stdout
        times.append(float(out.split()[0]))
    return min(times)


def measure(repeat: int) -> tuple[list[dict], str]:
    with tempfile.TemporaryDirectory() as tmp:
        par, ser = os.path.join(tmp, "par"), os.path.join(tmp, "ser")
        stats = build(par, True)
        build(ser, False)
        rows = []
        for kernel in ("mapreduce", "stencil"):
            row = {"kernel": kernel}
            for mode in ("primal", "grad"):
                row[f"serial {mode}"] = best(ser, kernel, mode, "1", repeat)
                for threads in ("1", "2"):
                    row[f"{threads}t {mode}"] = best(par, kernel, mode, threads, repeat)
            rows.append(row)
    counts = "; ".join(m[1] for m in re.finditer(r"enzymec: omp: (.*)", stats))
    return rows, counts


def table(rows: list[dict]) -> list[str]:
    lines = ["| kernel | serial primal | serial grad | 1 thread primal | 1 thread grad | "
             "2 threads primal | 2 threads grad | grad speedup 1->2 (>= 1.7x) | "
             "grad/primal 2t vs serial (<= 1.15x) |", "|---|" + "---:|" * 8]
    for r in rows:
        speedup = r["1t grad"] / r["2t grad"]
        ratio = (r["2t grad"] / r["2t primal"]) / (r["serial grad"] / r["serial primal"])
        lines.append(f"| {r['kernel']} | {r['serial primal']:.3f} | {r['serial grad']:.3f} | "
                     f"{r['1t primal']:.3f} | {r['1t grad']:.3f} | {r['2t primal']:.3f} | "
                     f"{r['2t grad']:.3f} | {speedup:.2f}x: {'met' if speedup >= 1.7 else 'MISSED'}"
                     f" | {ratio:.2f}x: {'met' if ratio <= 1.15 else 'MISSED'} |")
    return lines


def section(rows, counts, repeat: int) -> str:
    load = os.getloadavg()[0]
    head = [BEGIN, "## OpenMP gradients (issue 12; `python -m benchmarks.omp_bench`)", "",
            f"Date: {datetime.datetime.now():%Y-%m-%d %H:%M}, best of {repeat}, seconds; "
            f"load average {load:.1f} on {os.cpu_count()} cores (shared machine: noisy). "
            f"map-reduce: log(sum exp(x_i) x_i) over 2e7 doubles, `reduction(+)`; stencil: "
            f"10 parallel explicit heat steps over 2e6 points, then sum u^2. Built with "
            f"`enzymec -O3 [-fopenmp]`.", ""]
    primal = ", ".join(f"{r['kernel']} {r['1t primal'] / r['2t primal']:.2f}x" for r in rows)
    notes = ["", f"The primal's own 1->2 thread speedup in the same run (how much of the second "
                 f"core this machine gave): {primal}.",
             "", f"Adjoint updates (compile time): {counts}."]
    return "\n".join(head + table(rows) + notes + [END]) + "\n"


def write(text: str) -> None:
    with open(RESULTS) as f:
        old = f.read()
    if BEGIN in old:
        old = old[:old.index(BEGIN)] + old[old.index(END) + len(END) + 1:]
    with open(RESULTS, "w") as f:
        f.write(old.rstrip("\n") + "\n\n" + text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    rows, counts = measure(args.repeat)
    text = section(rows, counts, args.repeat)
    print(text)
    if args.write:
        write(text)


if __name__ == "__main__":
    main()
