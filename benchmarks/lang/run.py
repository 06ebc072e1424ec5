"""Measure taylor_log and logsumexp, primal and enzymec gradient, written in C, Fortran and
Rust (issue 14, item 7): gradient/primal per language beside C's.

    . .venv/bin/activate && python benchmarks/lang/run.py

Each language's kernels (kernels.c/.f90/.rs: the same code as benchmarks/c, the autodiff
call written in the language itself) are built with enzymec -O2 and timed by one C driver
(driver.c, best of 5). Prints a Markdown table; the target is a ratio within 1.1x of C's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUSTC = os.environ.get("RUSTC", "rustc")


def _sh(cmd: list, cwd: Path) -> str:
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, cwd=cwd)
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}\n{proc.stdout}{proc.stderr}")
    return proc.stdout


def build(lang: str, work: Path) -> Path:
    """The driver linked with one language's kernels, by enzymec -O2."""
    exe = work / f"bench_{lang}"
    base = ["enzymec", "-O2", HERE / "driver.c"]
    if lang == "c":
        _sh([*base, HERE / "kernels.c", "-o", exe, "-lm"], work)
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


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        results = {lang: measure(build(lang, Path(tmp))) for lang in ("c", "fortran", "rust")}
    print("| benchmark | language | primal s | gradient s | gradient/primal | vs C | value | "
          "derivative sample |")
    print("|---|---|---|---|---|---|---|---|")
    for bench in ("taylor_log", "logsumexp"):
        c_ratio = results["c"][bench][1] / results["c"][bench][0]
        for lang, rows in results.items():
            primal, grad, value, sample = rows[bench]
            ratio = grad / primal
            print(f"| {bench} | {lang} | {primal:.4f} | {grad:.4f} | {ratio:.2f}x | "
                  f"{ratio / c_ratio:.2f} | {value:.10g} | {sample:.10g} |")


if __name__ == "__main__":
    main()
