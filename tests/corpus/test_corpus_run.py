"""Differential run test of the C/C++ corpus: enzymec versus the system gcc/g++.

Every program in tests/corpus/*.c and *.cpp is built at -O0 and -O2 twice: with the `enzymec`
console script (clang 22 -> our IR model -> llvmlite -> system linker) and with gcc/g++ as the
reference. Both binaries run; stdout and exit status must match exactly. The programs print only
deterministic values, so any difference is a miscompile (or a frontend/link problem) in enzymec.
`-ffp-contract=off` goes to both compilers so that fused multiply-adds cannot differ.

All builds happen once per session in a thread pool (the fixture), each test just compares.
Also checks that the checked-in .ll corpus (tests/corpus/ll) matches what gen_ll.py generates.

Run:  python -m pytest tests/corpus -q          (about a minute on 2 cores)
"""
import concurrent.futures
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted(list(HERE.glob("*.c")) + list(HERE.glob("*.cpp")))
LEVELS = ("0", "2")
COMMON = ["-ffp-contract=off", "-w"]
LIBS = ["-lm", "-lpthread"]
RUN_TIMEOUT = 20


def enzymec_cmd():
    """The enzymec console script, or the module when the script is not on PATH."""
    exe = shutil.which("enzymec")
    return [exe] if exe else [sys.executable, "-m", "enzymec"]


def build(compiler, src, level, exe):
    """Compile src to exe; returns None on success or the compiler's output on failure."""
    cmd = [*compiler, f"-O{level}", *COMMON, str(src), "-o", str(exe), *LIBS]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        return f"$ {' '.join(cmd)}\n{proc.stdout}{proc.stderr}"
    return None


def run(exe):
    """(exit status, stdout) of a built program; a hang counts as a distinct status."""
    try:
        proc = subprocess.run([str(exe)], capture_output=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return "timeout", b""
    return proc.returncode, proc.stdout


def build_and_run(job):
    """One (program, level, which) job: compile, then run if the compile worked."""
    src, level, which, out_dir = job
    if which == "ref":
        compiler = ["g++" if src.suffix == ".cpp" else "gcc"]
    else:
        compiler = enzymec_cmd()
    exe = out_dir / f"{src.stem}.O{level}.{which}"
    err = build(compiler, src, level, exe)
    return (src.stem, level, which), (err, None if err else run(exe))


@pytest.fixture(scope="session")
def results(tmp_path_factory):
    """Build and run every corpus program with both compilers at both levels, in parallel."""
    out_dir = tmp_path_factory.mktemp("corpus")
    jobs = [(src, lvl, which, out_dir) for src in PROGRAMS for lvl in LEVELS for which in ("ref", "enz")]
    workers = max(2, os.cpu_count() or 2)
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        return dict(pool.map(build_and_run, jobs))


def test_corpus_is_large_enough():
    # the brief asks for at least 45 C programs and a few C++ ones
    assert sum(p.suffix == ".c" for p in PROGRAMS) >= 45
    assert sum(p.suffix == ".cpp" for p in PROGRAMS) >= 3


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("name", [p.stem for p in PROGRAMS])
def test_matches_gcc(results, name, level):
    ref_err, ref = results[(name, level, "ref")]
    enz_err, enz = results[(name, level, "enz")]
    # the reference must work: a broken corpus program is a test bug, not an enzymec bug
    assert ref_err is None, f"reference compiler failed:\n{ref_err}"
    assert ref[0] == 0, f"reference binary exited with {ref[0]}"
    assert enz_err is None, f"enzymec failed:\n{enz_err}"
    assert enz[0] == ref[0], f"exit status: enzymec {enz[0]} vs gcc {ref[0]}\n{enz[1].decode(errors='replace')}"
    assert enz[1].decode(errors="replace") == ref[1].decode(errors="replace")


def test_ll_corpus_is_current():
    # the .ll corpus must be what gen_ll.py produces from the current sources
    proc = subprocess.run([sys.executable, str(HERE / "gen_ll.py"), "--check"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
