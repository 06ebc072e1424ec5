"""CMake integration: configure a tiny project with CMAKE_C_COMPILER=enzymec, build it, run it.

The project (tests/cmake/project) has a static library, a shared library and an executable, so
CMake's compiler detection (try_compile of a test program, ABI info), object compilation with
-I/-fPIC/-o/-c, archive creation, shared linking with -shared/-Wl,-soname and executable linking
all go through enzymec. The program's output is checked against values computed here in Python,
not against hard-coded text.

Run:  python -m pytest tests/cmake -q        (needs cmake >= 3.16: apt-get install cmake)
"""
import shutil
import statistics
import subprocess

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent / "project"


def enzymec_path():
    """Full path of the enzymec console script: CMake wants an executable, not `python -m`."""
    exe = shutil.which("enzymec")
    assert exe, "the enzymec console script is not on PATH (pip install -e .)"
    return exe


def run(cmd, cwd):
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"$ {' '.join(map(str, cmd))}\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    return proc.stdout


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    """Configure and build the project with enzymec; returns the executable's path."""
    cmake = shutil.which("cmake")
    assert cmake, "cmake is not installed (apt-get install cmake)"
    build = tmp_path_factory.mktemp("cmake-build")
    run([cmake, "-S", PROJECT, "-B", build, f"-DCMAKE_C_COMPILER={enzymec_path()}",
         "-DCMAKE_BUILD_TYPE=Release"], build)
    run([cmake, "--build", ".", "-j2"], build)
    return build / "smoke"


def djb2(s):
    h = 5381
    for b in s.encode():
        h = (h * 33 + b) % 2**64
    return h


def test_compiler_was_enzymec(smoke):
    # CMake must have recorded enzymec as the C compiler (not silently fallen back to cc)
    cache = (smoke.parent / "CMakeCache.txt").read_text()
    assert f"CMAKE_C_COMPILER:FILEPATH={enzymec_path()}" in cache or \
        f"CMAKE_C_COMPILER:STRING={enzymec_path()}" in cache


@pytest.mark.parametrize("n", [2, 10, 101])
def test_program_output(smoke, n):
    words = ["enzyme", "autodiff", "a-much-longer-word-to-hash-" * 3]
    out = run([smoke, str(n), *words], smoke.parent)
    xs = sorted(float((n - i) ** 2) for i in range(n))
    expected = [f"mean {statistics.fmean(xs):.6f}", f"variance {statistics.variance(xs):.6f}",
                f"median {xs[n // 2]:.6f}", f"sqrt {xs[-1] ** 0.5:.6f}"]
    expected += [f"djb2 {w} {djb2(w)}" for w in words]
    assert out.splitlines() == expected
