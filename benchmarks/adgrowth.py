"""The AD stage's time on generated functions of growing size (issue 11 item 5):
`python -m benchmarks.adgrowth [--sizes 1000 4000 16000 64000] [--profile SHAPE LINES]`.

Three shapes of C are generated (straight-line code, a sequence of loops, a chain of
non-inlined calls), each scaled until its pre-AD IR reaches a target number of lines. Each
is compiled by enzymec to its pre-AD IR (`--enzymec-dump-ir=pre-ad`), then the AD stage alone
(`enzymec.ad.differentiate_module`: parse, synthesize, print) is timed in this process, best
of a few runs. The growth exponent b of time = a * lines^b is a least-squares fit in log-log
space. `--profile` runs cProfile on one shape and size and prints the top functions.
Writes the `ad-growth` section of RESULTS.md and benchmarks/adgrowth.png.
"""
from __future__ import annotations

import argparse
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import harness as H
from benchmarks.plotting import pyplot

LINES_PER_UNIT = {"straight": 4.0, "loops": 22.0, "calls": 17.0}  # first guesses, refined


def straight(units: int) -> str:
    """One function of `units` dependent statements (a multiply, an add, a sin or exp)."""
    body = ["    double t0 = x[0], t1 = x[1];"]
    for i in range(2, units + 2):
        fn = "sin" if i % 3 else "exp"
        body.append(f"    double t{i} = t{i - 1} * x[{i % 8}] + {fn}(t{i - 2} * 0.001);")
    body.append(f"    return t{units + 1};")
    return "#include <math.h>\ndouble f(const double *x) {\n" + "\n".join(body) + "\n}\n"


def loops(units: int) -> str:
    """One function of `units` loops in sequence, each reading x and updating s."""
    body = ["    double s = 0;"]
    for i in range(units):
        body.append(f"    for (int i = 0; i < n; i++) s = s * {0.5 + (i % 5) * 0.1} + "
                    f"{'sin' if i % 2 else 'exp'}(x[i] * 0.01 + s * 0.001);")
    body.append("    return s;")
    return ("#include <math.h>\ndouble f(const double *x, int n) {\n" + "\n".join(body)
            + "\n}\n")


def calls(units: int) -> str:
    """A chain of `units` non-inlined functions, each calling the previous one."""
    out = ["#include <math.h>",
           "__attribute__((noinline)) static double g0(const double *x, double y) "
           "{ return y * x[0]; }"]
    for i in range(1, units):
        out.append(f"__attribute__((noinline)) static double g{i}(const double *x, double y) "
                   f"{{ double z = g{i - 1}(x, y * x[{i % 8}] + 1.0); "
                   f"return z > 0 ? sin(z) + y : exp(z * 0.01) * y; }}")
    out.append(f"double f(const double *x) {{ return g{units - 1}(x, x[1]); }}")
    return "\n".join(out) + "\n"


SHAPES = {"straight": straight, "loops": loops, "calls": calls}


def with_gradient(src: str, shape: str) -> str:
    """Append the request of f's gradient."""
    args = "enzyme_dup, x, dx, enzyme_const, n" if shape == "loops" else "enzyme_dup, x, dx"
    params = "const double *x, double *dx, int n" if shape == "loops" else \
        "const double *x, double *dx"
    return (src + "extern int enzyme_dup, enzyme_const;\ndouble __enzyme_autodiff(void *, ...);\n"
            f"void df({params}) {{ __enzyme_autodiff((void *)f, {args}); }}\n")


def pre_ad_ir(src: str, workdir: Path) -> str:
    """enzymec's pre-AD IR of `src` (the input of the AD stage)."""
    c = workdir / "gen.c"
    c.write_text(src)
    dump = workdir / "dump"
    dump.mkdir(exist_ok=True)
    for old in dump.glob("*"):
        old.unlink()
    cmd = H.enzymec_cmd() + ["-O3", "-c", str(c), "-o", str(workdir / "gen.o"),
                             "--enzymec-dump-ir=pre-ad", f"--enzymec-dump-dir={dump}"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        return _wait_for_dump(proc, dump)
    finally:
        if proc.poll() is None:  # the dump is all we need: stop before AD and codegen
            proc.kill()
        proc.wait()


def _wait_for_dump(proc, dump: Path) -> str:
    """The pre-AD dump once it is written whole (its size stable, or the compiler done)."""
    last = -1
    while True:
        found = list(dump.glob("*pre-ad*"))
        size = found[0].stat().st_size if found else -1
        if found and (size == last or proc.poll() is not None):
            return found[0].read_text()
        if proc.poll() is not None and not found:
            raise RuntimeError(f"enzymec exited with {proc.returncode} before the dump")
        last = size
        time.sleep(0.5)


def sized_ir(shape: str, lines: int, workdir: Path) -> tuple[int, str]:
    """Scale `shape` until its pre-AD IR has about `lines` lines (two probes)."""
    per = LINES_PER_UNIT[shape]
    for _ in range(2):
        units = max(2, int(lines / per))
        ir = pre_ad_ir(with_gradient(SHAPES[shape](units), shape), workdir)
        n = ir.count("\n")
        per = n / units
        if abs(n - lines) < 0.15 * lines:
            break
    return n, ir


def time_ad(ir: str, repeat: int) -> float:
    """Best time of the AD stage on `ir`, with the collector set as the `enzymec` command
    sets it (enzymec/driver/gc_tuning.py), each run on a heap as clean as the command's.

    The AD stage's object graph is cyclic, so what an earlier run leaves is freed only by a
    collection of the middle generation, which the command's thresholds make rare (one per
    5M allocations): the run that triggers it walks and frees every earlier run's graph.
    Measured in one process, 1k to 16k lines first, that collection fell into the 64k-line
    straight-line run and took 1.9 of its 6.9 s (16k -> 64k x6.0; x4.2 after a collection).
    The command differentiates one module on a fresh heap, so each run here starts
    after a full collection, which is not timed."""
    import gc
    from enzymec.ad import differentiate_module
    from enzymec.driver.gc_tuning import tune_for_compile
    tune_for_compile()
    best = math.inf
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()  # CPU: on a shared machine wall time measures the others
        differentiate_module(ir, "gen.c")
        best = min(best, time.process_time() - t0)
    return best


def fit_exponent(points: list[tuple[int, float]]) -> float:
    """b of t = a n^b by least squares on (log n, log t)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def measure(sizes, log=print) -> dict:
    """shape -> [(IR lines, AD seconds)]."""
    out = {}
    with tempfile.TemporaryDirectory(prefix="enzymec-adgrowth-") as td:
        for shape in SHAPES:
            out[shape] = []
            for lines in sizes:
                n, ir = sized_ir(shape, lines, Path(td))
                t = time_ad(ir, 3 if lines <= 16000 else 1)
                log(f"  {shape:<8} {n:7d} IR lines: AD stage {t:8.3f} s")
                out[shape].append((n, t))
    return out


def plot(data: dict, png: Path) -> None:
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(6.5, 4.5))
    for shape, pts in data.items():
        ax.loglog([n for n, _ in pts], [t for _, t in pts], "o-",
                  label=f"{shape} (exponent {fit_exponent(pts):.2f})")
    ax.set_xlabel("pre-AD IR lines of the module")
    ax.set_ylabel("AD stage seconds (parse, synthesize, print)")
    ax.set_title("enzymec AD stage time vs function size")
    ax.grid(True, which="both", lw=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(png, dpi=110)
    plt.close(fig)


def section(data: dict, seconds: float, notes: str) -> str:
    import datetime
    rows = ["| shape | IR lines | AD stage (s) | lines / s |", "|---|---:|---:|---:|"]
    for shape, pts in data.items():
        rows += [f"| {shape} | {n:,} | {t:.3f} | {n / t:,.0f} |" for n, t in pts]
    fits = ", ".join(f"{s} **{fit_exponent(p):.2f}**" for s, p in data.items())
    up = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    return ("## AD stage time and its growth (issue 11 item 5; `python -m benchmarks.adgrowth`)"
            f"\n\n- Date: {datetime.datetime.now():%Y-%m-%d %H:%M}; {seconds:.0f} s; load at "
            f"the end: {up}\n- Generated C (benchmarks/adgrowth.py: straight-line statements, "
            "a sequence of loops, a chain of non-inlined calls) compiled by `enzymec -O3` to "
            "its pre-AD IR; the AD stage alone (`enzymec.ad.differentiate_module`: parse, "
            "synthesize the gradient of f, print) timed in one process (CPU time, the "
            "collector set as the `enzymec` command sets it), best of 3 (of 1 at "
            f"64k lines).\n- Growth exponents (time ~ lines^b, least squares): {fits}\n\n"
            + "\n".join(rows) + "\n\n![AD stage growth](adgrowth.png)\n\n" + notes)


def profile(shape: str, lines: int, top: int = 25) -> None:
    import cProfile
    import pstats
    from enzymec.ad import differentiate_module
    with tempfile.TemporaryDirectory(prefix="enzymec-adgrowth-") as td:
        n, ir = sized_ir(shape, lines, Path(td))
    print(f"{shape}: {n} IR lines")
    prof = cProfile.Profile()
    prof.runcall(differentiate_module, ir, "gen.c")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(top)
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.adgrowth", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 4000, 16000, 64000])
    ap.add_argument("--profile", nargs=2, metavar=("SHAPE", "LINES"))
    ap.add_argument("--no-write", action="store_true", help="print only, leave RESULTS.md")
    a = ap.parse_args(argv)
    if a.profile:
        profile(a.profile[0], int(a.profile[1]))
        return 0
    t0 = time.perf_counter()
    data = measure(a.sizes)
    for shape, pts in data.items():
        print(f"{shape}: growth exponent {fit_exponent(pts):.2f}")
    if not a.no_write:
        from benchmarks.__main__ import replace_section
        notes = H.HERE / "notes" / "ad-growth.md"
        replace_section("ad-growth", section(data, time.perf_counter() - t0,
                                             notes.read_text() if notes.exists() else ""))
        plot(data, H.HERE / "adgrowth.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
