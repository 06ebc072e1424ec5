"""OpenMP gradient programs (tests/c/omp/*.c, driver in omp_check.h) and located errors.

Each program is built at -O2 and at -O0, each twice: with -fopenmp (libomp) and without
(the pragmas ignored: the serial build). The OpenMP build runs at OMP_NUM_THREADS = 1, 2 and 4,
and three more times at 4; every run checks its gradient against central differences of
the program's own f (exit status 1 on a mismatch or an all-zero gradient), and the printed
gradients of all runs and of the serial build must agree (to rounding: atomic adds and
reductions sum in a thread-dependent order).
"""

from __future__ import annotations

import glob
import os
import re
import subprocess

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = sorted(glob.glob(os.path.join(HERE, "*.c")))
ERRORS = sorted(glob.glob(os.path.join(HERE, "errors", "*.c")))
LIBOMP = "/usr/lib/llvm-22/lib/libomp.so"
needs_libomp = pytest.mark.skipif(not os.path.exists(LIBOMP),
                                  reason="libomp-22-dev is not installed")
RUNS = [("1", 1), ("2", 1), ("4", 4)]  # (threads, repetitions)
AGREE = 1e-9
EXPECTED = {"task.c": "'#pragma omp task'", "ordered.c": "'#pragma omp ordered'",
            "forward_vector_width.c": "an OpenMP parallel region in vector mode",
            "teams.c": "'#pragma omp teams'",
            "recursive_pointer_helper.c": "the call to 'sum_to' in an OpenMP parallel region",
            "shared_memcpy.c": "a copy (memcpy) from memory other threads may read",
            "atomic_multiply.c": "the floating-point atomic 'cmpxchg' in a parallel region",
            # threadprivate variables are thread-local globals: their accesses are refused
            "threadprivate.c": "an active value stored into the thread-local variable 'acc'"}


def build(source: str, out: str, openmp: bool, opt: str = "-O2") -> None:
    cmd = ["enzymec", opt, *(["-fopenmp"] if openmp else []), source, "-o", out, "-lm"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr


def run(exe: str, threads: str) -> list[float]:
    env = dict(os.environ, OMP_NUM_THREADS=threads)
    proc = subprocess.run([exe], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, \
        f"OMP_NUM_THREADS={threads}:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
    return [float(m[1]) for m in re.finditer(r"^grad \d+ (\S+)", proc.stdout, re.M)]


def agree(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= AGREE * max(1.0, abs(x)) for x, y in zip(a, b))


@needs_libomp
@pytest.mark.parametrize("opt", ["-O2", "-O0"])
@pytest.mark.parametrize("source", PROGRAMS, ids=lambda p: os.path.basename(p)[:-2])
def test_openmp_gradient(source, opt, tmp_path):
    parallel, serial = str(tmp_path / "omp"), str(tmp_path / "serial")
    build(source, parallel, True, opt)
    build(source, serial, False, opt)
    reference = run(serial, "1")
    assert reference and any(reference)
    for threads, repeat in RUNS:
        for _ in range(repeat):
            grads = run(parallel, threads)
            assert agree(grads, reference), f"{threads} threads differ from the serial build"


@needs_libomp
@pytest.mark.parametrize("source", ERRORS, ids=lambda p: os.path.basename(p)[:-2])
def test_openmp_located_error(source, tmp_path):
    proc = subprocess.run(["enzymec", "-O2", "-fopenmp", "-c", source, "-o",
                           str(tmp_path / "e.o")], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1
    expected = EXPECTED[os.path.basename(source)]
    assert re.search(rf"^{re.escape(source)}:\d+:\d+: error: cannot differentiate "
                     rf"{re.escape(expected)}", proc.stderr, re.M), proc.stderr
    assert "Traceback" not in proc.stderr and "internal compiler error" not in proc.stderr


@needs_libomp
def test_plain_openmp_program_behaves_as_clang(tmp_path):
    """No autodiff: enzymec -fopenmp builds what clang builds (same output, libomp linked)."""
    source = tmp_path / "plain.c"
    source.write_text("#include <omp.h>\n#include <stdio.h>\nint main(void) { double s = 0;\n"
                      "#pragma omp parallel for reduction(+:s)\n"
                      "for (int i = 0; i < 1000; i++) s += i * 0.5;\n"
                      "int team = 0;\n#pragma omp parallel\n{\n#pragma omp single\n"
                      "team = omp_get_num_threads();\n}\n"
                      "printf(\"%g %d\\n\", s, team); return 0; }\n")
    exe = str(tmp_path / "plain")
    proc = subprocess.run(["enzymec", "-O2", "-fopenmp", str(source), "-o", exe],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    out = subprocess.run([exe], capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, OMP_NUM_THREADS="3")).stdout
    assert out == "249750 3\n"
    ldd = subprocess.run(["ldd", exe], capture_output=True, text=True).stdout
    assert "libomp" in ldd


def test_missing_libomp_is_named(tmp_path):
    source = tmp_path / "p.c"
    source.write_text("int main(void) { return 0; }\n")
    env = dict(os.environ, ENZYMEC_LIBOMP_ROOT=str(tmp_path / "nowhere"))
    proc = subprocess.run(["enzymec", "-fopenmp", str(source), "-o", str(tmp_path / "p")],
                          capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 1
    assert "libomp-22-dev" in proc.stderr and "Traceback" not in proc.stderr


def test_runtime_atomic_adds_and_tapes(tmp_path):
    """The runtime's OpenMP helpers, called directly from C threads."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    exe = str(tmp_path / "rt")
    cmd = ["cc", "-O2", "-pthread", "-I", os.path.join(root, "runtime"),
           os.path.join(HERE, "rt", "runtime_check.c"), os.path.join(root, "runtime", "enzymec_rt.c"),
           "-o", exe, "-lm"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([exe], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stdout + proc.stderr


# ENZYMEC_OMP_STATS=1: adjoint updates made atomic vs plain, per region (omp_atomic.py)
STATS = {
    "private_plain.c": ["kernel.omp_outlined: 0 atomic, 1 plain, 0 guarded"],  # x[i]: its own
    "map_shared_param.c": ["map.omp_outlined: 2 atomic, 0 plain, 0 guarded"],  # x, p may alias
    # s: the caller's, `s += private` leaves its shadow as it is (rmw_adjoint.py): no atomic
    "sum_reduction.c": ["value.omp_outlined: 0 atomic, 2 plain, 0 guarded"],
    "heat_time_loop.c": ["step.omp_outlined: 0 atomic, 0 plain, 3 guarded"],   # u[i-1..i+1]
    "wide_stencil.c": ["smooth.omp_outlined: 0 atomic, 0 plain, 5 guarded"],   # u[i-2..i+2]
    "offset_alias.c": ["kernel.omp_outlined: 2 atomic, 0 plain, 0 guarded"],   # a, b overlap
    "dynamic_schedule.c": ["kernel.omp_outlined: 2 atomic, 0 plain, 0 guarded"],  # no range
    # x[i] in a dynamic loop run in rounds: plain with the loop's barrier, atomic with nowait
    "rounds_with_barrier.c": ["kernel.omp_outlined: 0 atomic, 1 plain, 0 guarded"],
    "nowait_rounds.c": ["kernel.omp_outlined: 1 atomic, 0 plain, 0 guarded"],
    # x[i] in a parallel loop inside a parallel loop: every outer iteration's team reads it
    "nested_shared_read.c": ["kernel.omp_outlined.omp_outlined: 1 atomic, 0 plain, 0 guarded",
                             "kernel.omp_outlined: 0 atomic, 0 plain, 0 guarded"],
}


@pytest.mark.parametrize("name", sorted(STATS))
def test_atomic_and_plain_counts(name, tmp_path):
    env = dict(os.environ, ENZYMEC_OMP_STATS="1")
    proc = subprocess.run(["enzymec", "-O2", "-fopenmp", "-c", os.path.join(HERE, name), "-o",
                           str(tmp_path / "p.o")], capture_output=True, text=True, timeout=600,
                          env=env)
    assert proc.returncode == 0, proc.stderr
    lines = [l.split("omp: ", 1)[1] for l in proc.stderr.splitlines() if "enzymec: omp:" in l]
    assert [l.rsplit(" adjoint", 1)[0] for l in lines] == STATS[name]


@needs_libomp
def test_user_split_mode(tmp_path):
    """__enzyme_augmentfwd / __enzyme_reverse of a parallel reduction, at 1 and 3 threads."""
    exe = str(tmp_path / "split")
    build(os.path.join(HERE, "rt", "split_entry_points.c"), exe, True)
    for threads in ("1", "3"):
        out = subprocess.run([exe], capture_output=True, text=True, timeout=60,
                             env=dict(os.environ, OMP_NUM_THREADS=threads)).stdout.split()
        assert abs(float(out[0]) - float(out[2])) < 1e-12 * abs(float(out[2])) and float(out[2]) != 0
