"""python -m benchmarks [--repeat N] [--compile-time] [--quick] [--only NAME ...]
python -m benchmarks foundation [--repeat N]
python -m benchmarks groups [--repeat N] [--adbench-full] [--group KEY ...] [--quick] [--only NAME ...]
python -m benchmarks compile-time [--repeat N]
python -m benchmarks compile-instructions [--only NAME ...]

The first form builds every benchmark of benchmarks/c/ (each `timed.c` times its primal, expert
handwritten and enzymec gradients in one process, interleaved, best of N; gcc and ADOL-C
builds beside it), checks that all gradients agree (exit code 1 and a loud message if not),
and writes benchmarks/RESULTS.md and benchmarks/results.png. `--quick` only checks agreement
at tiny sizes (the CI smoke run, benchmarks/test_smoke.py, does the same); `--only NAME ...`
runs some benchmarks and prints their table without touching RESULTS.md. The second measures issue 2's foundation
numbers (enzymec -O2 -c vs clang -O2 -c compile time; IR parser/printer throughput) and writes
them into their own section of RESULTS.md; `compile-time` measures enzymec -O3 -c against
clang -O3 -c in CPU time, paired (benchmarks/compile_time.py); `compile-instructions` counts
the instructions each stage of those compiles executes, under valgrind (deterministic where
CPU time is not; benchmarks/compile_instructions.py). Each run replaces only its own section.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from benchmarks import compile_time as CT
from benchmarks import harness as H
from benchmarks import report as R
from benchmarks import report_extra as RX
from benchmarks import suites as S

RESULTS = H.HERE / "RESULTS.md"
PNG = H.HERE / "results.png"
BEGIN = "<!-- begin {} -->"
END = "<!-- end {} -->"


# ---------------------------------------------------------------- machine and versions
def first_line(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        return (p.stdout or p.stderr).strip().splitlines()[0]
    except Exception as e:  # noqa: BLE001 - reported in the table
        return f"unavailable ({e.__class__.__name__})"


def machine_info() -> list[str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import llvmlite
        llvmlite_v = llvmlite.__version__
    except Exception:  # noqa: BLE001
        llvmlite_v = "unavailable"
    adolc = first_line(["dpkg-query", "-W", "-f=${Version}", "libadolc-dev"])
    enz = subprocess.run(H.enzymec_cmd() + ["--version"], capture_output=True, text=True).stdout
    enz = enz.strip().splitlines()
    return [
        f"- Machine: {cpu}, {os.cpu_count()} cores visible, {platform.system()} {platform.release()}",
        f"- Date: {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}",
        f"- enzymec: {enz[0] if enz else '?'}; {enz[1] if len(enz) > 1 else ''}; git "
        f"{first_line(['git', '-C', str(H.ROOT), 'rev-parse', '--short', 'HEAD'])} (other "
        f"engineers' uncommitted work may be in the tree)",
        f"- clang: {first_line([sys.executable, '-m', 'ziglang', 'cc', '--version'])}",
        f"- llvmlite: {llvmlite_v}",
        f"- gcc: {first_line(['gcc', '--version'])}",
        f"- ADOL-C: libadolc-dev {adolc} (`c++ -O3 -march=native ... -ladolc`; "
        f"c++ is {first_line(['c++', '--version'])})",
        f"- Flags: `{' '.join(H.FLAGS)}` for every version and compiler",
    ]


def replace_section(name: str, body: str):
    text = RESULTS.read_text() if RESULTS.exists() else "# enzymec benchmark results\n"
    block = f"{BEGIN.format(name)}\n{body.rstrip()}\n{END.format(name)}\n"
    pat = re.compile(re.escape(BEGIN.format(name)) + r".*?" + re.escape(END.format(name)) + r"\n?",
                     re.S)
    if pat.search(text):
        text = pat.sub(lambda _m: block, text)
    else:
        text = text.rstrip() + "\n\n" + block
    RESULTS.write_text(text)


# ---------------------------------------------------------------- compile time
def best_wall(cmd, repeat):
    """Best wall time of `cmd`. zig cc caches compilation results: every run gets fresh,
    empty zig cache directories (for enzymec too, whose frontend is zig's clang), otherwise
    the clang timing is a cache hit."""
    best = None
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="enzymec-bench-zig-") as zc:
            env = dict(os.environ, ZIG_LOCAL_CACHE_DIR=zc, ZIG_GLOBAL_CACHE_DIR=zc)
            t0 = time.perf_counter()
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, env=env)
            dt = time.perf_counter() - t0
        if p.returncode != 0:
            return None, (p.stderr or p.stdout).strip()[-500:]
        best = dt if best is None else min(best, dt)
    return best, ""


def zigcc():
    return [sys.executable, "-m", "ziglang", "cc"]


# ---------------------------------------------------------------- foundation (issue 2)
LUPA_VERSION = "2.8"


def onelua() -> Path:
    cache = Path(os.environ.get("ENZYMEC_TEST_CACHE", Path.home() / ".cache" / "enzymec-tests"))
    cache.mkdir(parents=True, exist_ok=True)
    src = cache / f"lupa-{LUPA_VERSION}" / "third-party" / "lua54" / "onelua.c"
    if src.exists():
        return src
    sdist = cache / f"lupa-{LUPA_VERSION}.tar.gz"
    if not sdist.exists():
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary",
                        ":all:", f"lupa=={LUPA_VERSION}", "-d", str(cache)], check=True)
    prefix = f"lupa-{LUPA_VERSION}/third-party/lua54/"
    with tarfile.open(sdist) as tar:
        members = [m for m in tar.getmembers() if m.name.startswith(prefix)]
        extra = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        tar.extractall(cache, members=members, **extra)
    return src


def foundation_section(repeat=3, log=print) -> str:
    import enzymec.ir as ir

    corpus = sorted((H.ROOT / "tests" / "corpus").glob("*.c"), key=lambda p: p.stat().st_size)
    lua = onelua()
    sources = ([corpus[-1]] if corpus else []) + [lua]
    rows = ["| source | bytes | enzymec -O2 -c (s) | clang -O2 -c (s) | ratio | target |",
            "|---|---:|---:|---:|---:|---|"]
    with tempfile.TemporaryDirectory() as td:
        obj = str(Path(td) / "x.o")
        for src in sources:
            extra = ["-DLUA_USE_LINUX", "-std=c99"] if src == lua else []
            e, err1 = best_wall(H.enzymec_cmd() + ["-O2", "-c"] + extra + [str(src), "-o", obj],
                                repeat)
            c, err2 = best_wall(zigcc() + ["-O2", "-c"] + extra + [str(src), "-o", obj], repeat)
            log(f"  compile {src.name}: enzymec {e} clang {c} {err1 or err2}")
            r = e / c if e and c else None
            rows.append(f"| {src.name} | {src.stat().st_size:,} | "
                        f"{'failed' if e is None else f'{e:.2f}'} | "
                        f"{'failed' if c is None else f'{c:.2f}'} | "
                        f"{'-' if r is None else f'{r:.2f}x'} | "
                        f"<= 2x: {'-' if r is None else ('met' if r <= 2 else 'MISSED')} |")
        # (b) parser + printer throughput
        trows = ["| IR | lines | parse (s) | print (s) | parse lines/s | print lines/s | "
                 "parse+print lines/s | target >= 50,000 |", "|---|---:|---:|---:|---:|---:|---:|---|"]
        for opt in ("-O0", "-O2"):
            ll = Path(td) / f"onelua{opt}.ll"
            cmd = zigcc() + [opt, "-Xclang", "-disable-llvm-optzns", "-fno-sanitize=undefined",
                             "-mcpu=x86_64", "-gline-tables-only", "-S", "-emit-llvm",
                             "-DLUA_USE_LINUX", "-std=c99", str(lua), "-o", str(ll)]
            if opt == "-O0":
                cmd.remove("-Xclang")
                cmd.remove("-disable-llvm-optzns")
            subprocess.run(cmd, check=True, capture_output=True)
            text = ll.read_text()
            lines = text.count("\n")
            tp = tq = None
            for _ in range(repeat):
                t0 = time.perf_counter()
                m = ir.parse_module(text, ll.name)
                t1 = time.perf_counter()
                ir.print_module(m)
                t2 = time.perf_counter()
                tp = t1 - t0 if tp is None else min(tp, t1 - t0)
                tq = t2 - t1 if tq is None else min(tq, t2 - t1)
            both = lines / (tp + tq)
            log(f"  onelua{opt}.ll: {lines} lines parse {tp:.2f}s print {tq:.2f}s")
            trows.append(f"| onelua.c {opt} | {lines:,} | {tp:.2f} | {tq:.2f} | {lines / tp:,.0f} | "
                         f"{lines / tq:,.0f} | {both:,.0f} | "
                         f"{'met' if both >= 50000 else 'MISSED'} |")
    return ("## Foundation (issue 2; `python -m benchmarks foundation`)\n\n"
            f"Date: {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}. "
            f"(a) Wall time of one compile to an object file, best of {repeat}: the largest C "
            "file of `tests/corpus/` and Lua 5.4's `onelua.c` (from the lupa "
            f"{LUPA_VERSION} sdist, with `-DLUA_USE_LINUX -std=c99`); clang is "
            "`python -m ziglang cc`. No autodiff call is involved, so this is enzymec's "
            "overhead as a plain C compiler.\n\n" + "\n".join(rows) +
            "\n\n(b) `enzymec.ir.parse_module` / `print_module` on the IR of onelua.c "
            "(`python -m ziglang cc -O2 -Xclang -disable-llvm-optzns -fno-sanitize=undefined "
            "-mcpu=x86_64 -gline-tables-only -S -emit-llvm`, and the same at -O0 without "
            f"`-disable-llvm-optzns`), best of {repeat}, in one Python process:\n\n"
            + "\n".join(trows))


# ---------------------------------------------------------------- gradient benchmarks
def benchmarks_section(results, repeat, a, t0) -> str:
    only = f" --only {' '.join(a.only)}" if a.only else ""
    only += " --compile-time" if a.compile_time else ""
    return ("## Gradient benchmarks (`python -m benchmarks`)\n\n" + "\n".join(machine_info())
            + f"\n- Command: `python -m benchmarks --repeat {repeat}{only}`, "
            f"{time.perf_counter() - t0:.0f} s wall for the gradient benchmarks (builds included)\n"
            f"- Load: `uptime` at the end of the run: {first_line(['uptime'])}\n\n"
            + R.method(repeat, a.tolerance) + "\n" + R.bench_table(results)
            + "\n\n![benchmark chart](results.png)\n")


# ---------------------------------------------------------------- main
def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", nargs="?", default="run", choices=["run", "foundation", "groups", "compile-time",
                                                        "compile-instructions"],
                    help="groups: only the mode and ADBench groups (suites.py), each "
                         "written into its own RESULTS.md section")
    ap.add_argument("--repeat", type=int, default=None,
                    help="runs per program, best taken (default 5; foundation: 3)")
    ap.add_argument("--compile-time", action="store_true",
                    help="also measure enzymec -O3 vs clang -O3 compile time per source")
    ap.add_argument("--quick", "--smoke", dest="quick", action="store_true",
                    help="tiny sizes, 1 round: checks that every gradient agrees (seconds); "
                         "does not write RESULTS.md")
    ap.add_argument("--only", nargs="*", help="benchmark names to run (default: all of "
                    + ", ".join(b.name for b in H.BENCHMARKS) + ", "
                    + ", ".join(S.all_names()) + ")")
    ap.add_argument("--adbench-full", action="store_true",
                    help="ADBench's whole GMM grid (d x K x n) instead of 4 sizes (long)")
    ap.add_argument("--group", nargs="*", choices=["modes", "adbench"],
                    help="groups: only these groups of suites.py (default: all)")
    ap.add_argument("--tolerance", type=float, default=H.TOLERANCE)
    ap.add_argument("--build-dir", type=Path,
                    default=Path(tempfile.gettempdir()) / f"enzymec-bench-{os.getuid()}-{H.ROOT.name}",
                    help="where the programs are built (one per checkout: concurrent runs of "
                         "other checkouts must not overwrite them)")
    a = ap.parse_args(argv)
    if a.only and a.command in (None, "run", "groups"):
        known = {b.name for b in H.BENCHMARKS} | set(S.all_names(a.adbench_full))
        unknown = [name for name in a.only if name not in known]
        if unknown:  # else the run would time nothing and (before) write an empty table
            ap.error(f"--only: no benchmark named {', '.join(unknown)} (names: "
                     f"{', '.join(sorted(known))})")

    if a.command == "compile-time":
        replace_section("compile-time", CT.section(a.repeat or 3))
        print(f"wrote {RESULTS}")
        return 0
    if a.command == "compile-instructions":  # valgrind: about a minute a source
        from benchmarks import compile_instructions as CI
        body = CI.section(a.only)
        if a.only:  # a partial table must not replace the full one
            print(body + "\n\n(--only: RESULTS.md left as it was)")
            return 0
        replace_section("compile-instructions", body)
        print(f"wrote {RESULTS}")
        return 0
    if a.command == "foundation":
        replace_section("foundation", foundation_section(a.repeat or 3))
        print(f"wrote {RESULTS}")
        return 0

    repeat = a.repeat or (1 if a.quick else 5)
    if a.command == "groups":
        return 1 if RX.run_all(a, repeat, replace_section) else 0
    t0 = time.perf_counter()
    results = H.run_benchmarks(a.build_dir, repeat=repeat, smoke=a.quick,
                               tolerance=a.tolerance, only=a.only)
    require = os.environ.get("ENZYMEC_REQUIRE_ADOLC") == "1"
    bad = H.failures(results, require)
    bad += RX.run_all(a, repeat, replace_section)  # modes and ADBench (suites.py)
    if a.only and not a.quick:  # a partial table must not replace the full one
        if results:
            print("\n" + R.bench_table(results))
        print("\n(--only: RESULTS.md left as it was)")
    elif not a.quick:
        replace_section("benchmarks", benchmarks_section(results, repeat, a, t0))
        R.plot(results, PNG)
        if a.compile_time:
            replace_section("compile-time", CT.section())
        print(f"wrote {RESULTS} and {PNG}")
    if bad:
        print("\n" + "!" * 78 + "\nBENCHMARK FAILURES (wrong or missing gradients):\n  "
              + "\n  ".join(bad) + "\n" + "!" * 78, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
