"""OpenMP gradient benchmark: `python -m benchmarks.omp_bench [--repeat N] [--rounds R]
[--write]`.

Builds benchmarks/omp/omp_kernels.c with `enzymec -O3 -fopenmp` and without -fopenmp (the
serial build), times primal and gradient of a map-reduce over 2e7 doubles and of a heat
stencil (10 parallel steps over 2e6 points) at OMP_NUM_THREADS=1 and 2: N processes, each
timing R calls in-process; it reports the best call (warm: tapes kept, pages mapped), the
first call (cold: every page faulted in) and the CPU time and page faults of the best call,
with the 2-thread speedup of the gradient (target >= 1.7x), the gradient/primal
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


FIELDS = ("wall", "check", "cpu", "faults", "first")  # omp_kernels.c's output line


def once(exe: str, kernel: str, mode: str, threads: str, rounds: int) -> dict:
    """One process timing `rounds` calls: its best call's wall and CPU seconds and page
    faults, and its first (cold) call's seconds."""
    env = dict(os.environ, OMP_NUM_THREADS=threads)
    out = subprocess.run([exe, kernel, mode, str(rounds)], capture_output=True, text=True,
                         check=True, env=env).stdout
    return dict(zip(FIELDS, map(float, out.split())))


def best(runs: list[dict]) -> dict:
    """The fastest process's figures, with the fastest first call of all of them."""
    top = min(runs, key=lambda r: r["wall"])
    return dict(top, first=min(r["first"] for r in runs))


def measure(repeat: int, rounds: int) -> tuple[list[dict], str]:
    """Per kernel: serial build at 1 thread, OpenMP build at 1 and 2 threads; the `repeat`
    processes of every variant interleaved (round-robin), so that load hits all alike."""
    with tempfile.TemporaryDirectory() as tmp:
        par, ser = os.path.join(tmp, "par"), os.path.join(tmp, "ser")
        stats = build(par, True)
        build(ser, False)
        rows = []
        for kernel in ("mapreduce", "stencil"):
            variants = {f"{name} {mode}": (exe, threads) for mode in ("primal", "grad")
                        for name, exe, threads in (("serial", ser, "1"), ("1t", par, "1"),
                                                   ("2t", par, "2"))}
            runs = {key: [] for key in variants}
            for _ in range(repeat):
                for key, (exe, threads) in variants.items():
                    runs[key].append(once(exe, kernel, key.split()[1], threads, rounds))
            rows.append({"kernel": kernel, **{key: best(r) for key, r in runs.items()}})
    counts = "; ".join(m[1] for m in re.finditer(r"enzymec: omp: (.*)", stats))
    return rows, counts


COLUMNS = ("serial primal", "serial grad", "1t primal", "1t grad", "2t primal", "2t grad")


def table(rows: list[dict], field: str) -> list[str]:
    """Seconds (`field`: the best warm call, or the first call) and the two targets."""
    lines = ["| kernel | serial primal | serial grad | 1 thread primal | 1 thread grad | "
             "2 threads primal | 2 threads grad | grad speedup 1->2 (>= 1.7x) | "
             "grad/primal 2t vs serial (<= 1.15x) |", "|---|" + "---:|" * 8]
    for row in rows:
        r = {c: row[c][field] for c in COLUMNS}
        speedup = r["1t grad"] / r["2t grad"]
        ratio = (r["2t grad"] / r["2t primal"]) / (r["serial grad"] / r["serial primal"])
        cells = " | ".join(f"{r[c]:.3f}" for c in COLUMNS)
        lines.append(f"| {row['kernel']} | {cells} | {speedup:.2f}x: "
                     f"{'met' if speedup >= 1.7 else 'MISSED'} | {ratio:.2f}x: "
                     f"{'met' if ratio <= 1.15 else 'MISSED'} |")
    return lines


def work_table(rows: list[dict]) -> list[str]:
    """CPU seconds (every thread) and page faults of the best warm gradient call: the work,
    which a loaded machine does not distort as it does wall time."""
    lines = ["| kernel | serial grad CPU | 1 thread grad CPU | 2 threads grad CPU | "
             "page faults serial / 1t / 2t |", "|---|---:|---:|---:|---:|"]
    for row in rows:
        cpu = " | ".join(f"{row[c]['cpu']:.3f}" for c in ("serial grad", "1t grad", "2t grad"))
        faults = " / ".join(f"{row[c]['faults']:.0f}" for c in ("serial grad", "1t grad", "2t grad"))
        lines.append(f"| {row['kernel']} | {cpu} | {faults} |")
    return lines


def section(rows, counts, repeat: int, rounds: int) -> str:
    load = os.getloadavg()[0]
    head = [BEGIN, "## OpenMP gradients (issue 12; `python -m benchmarks.omp_bench`)", "",
            f"Date: {datetime.datetime.now():%Y-%m-%d %H:%M}, command `python -m "
            f"benchmarks.omp_bench --repeat {repeat} --rounds {rounds}`, seconds; load "
            f"average {load:.1f} on {os.cpu_count()} cores at the end. map-reduce: "
            f"log(sum exp(x_i) x_i) over 2e7 doubles, `reduction(+)`; stencil: 10 parallel "
            f"explicit heat steps over 2e6 points, then sum u^2. Built with `enzymec -O3 "
            f"[-fopenmp]`. Each process times {rounds} calls in-process (the other "
            f"benchmarks' convention); best process of {repeat}.", "",
            f"Best call of {rounds} (tapes kept between calls, arrays touched):", ""]
    primal = ", ".join(f"{r['kernel']} {r['1t primal']['wall'] / r['2t primal']['wall']:.2f}x"
                       for r in rows)
    cold = ["", "First call of each process (cold: every page of the tapes and of the "
                "gradient arrays is faulted in by this call):", ""]
    work = ["", "Work of the best gradient call (CPU seconds summed over threads; minor page "
                "faults):", ""]
    notes = ["", f"The primal's own 1->2 thread speedup (best call; how much of the second "
                 f"core this machine gave): {primal}.",
             "", f"Adjoint updates (compile time): {counts}."]
    return "\n".join(head + table(rows, "wall") + cold + table(rows, "first") + work +
                     work_table(rows) + notes + [END]) + "\n"


def write(text: str) -> None:
    """Replace the OpenMP section of RESULTS.md where it stands (append it if missing)."""
    with open(RESULTS) as f:
        old = f.read()
    if BEGIN in old:
        new = old[:old.index(BEGIN)] + text + old[old.index(END) + len(END) + 1:]
    else:
        new = old.rstrip("\n") + "\n\n" + text
    with open(RESULTS, "w") as f:
        f.write(new)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3, help="processes per figure")
    parser.add_argument("--rounds", type=int, default=5, help="timed calls per process")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    rows, counts = measure(args.repeat, args.rounds)
    text = section(rows, counts, args.repeat, args.rounds)
    print(text)
    if args.write:
        write(text)


if __name__ == "__main__":
    main()
