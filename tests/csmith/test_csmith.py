"""csmith differential test: random C programs compiled by enzymec -O2 and gcc -O2 must agree.

Each seed in seeds.txt is turned into a program by Debian's csmith (fixed options below), built with
`enzymec -O2 -w -I/usr/include/csmith` and `gcc -O2 -w -I/usr/include/csmith`, and both binaries
run; the `checksum = ...` lines must be identical. seeds.txt lists seeds (picked once with
csmith 2.3.0 and these options) whose gcc binary finishes in well under a second, so the run
is deterministic; a gcc timeout (another csmith version) is skipped with the seed named, since
it says nothing about enzymec.

    python -m pytest tests/csmith                          # first 20 seeds (CI)
    ENZYMEC_CSMITH_N=200 python -m pytest tests/csmith     # all 200 seeds
    tests/csmith/reduce.sh <seed>                          # shrink a failing seed with creduce

Needs: apt-get install csmith libcsmith-dev (creduce for reduce.sh).
"""
import concurrent.futures
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
# Small programs with bounded nesting: fast to compile and (for the listed seeds) to run.
CSMITH_OPTS = ["--max-funcs", "4", "--max-block-depth", "3", "--max-array-dim", "2",
               "--max-struct-fields", "6", "--no-argc"]
CFLAGS = ["-O2", "-w", "-I/usr/include/csmith"]
RUN_TIMEOUT = 10
N = int(os.environ.get("ENZYMEC_CSMITH_N", "20"))
SEEDS = [int(s) for s in (HERE / "seeds.txt").read_text().split()][:N]


def enzymec_cmd():
    """The enzymec console script, or the module when the script is not on PATH."""
    exe = shutil.which("enzymec")
    return [exe] if exe else [sys.executable, "-m", "enzymec"]


def generate(seed, path):
    """Write csmith's program for seed to path (cwd: csmith drops a platform.info there)."""
    subprocess.run(["csmith", "--seed", str(seed), *CSMITH_OPTS, "-o", str(path)],
                   check=True, capture_output=True, timeout=60, cwd=path.parent)


def compile_run(compiler, src, exe):
    """('ok', checksum line) / ('compile-error', log) / ('timeout', '') / ('crash', detail)."""
    proc = subprocess.run([*compiler, *CFLAGS, str(src), "-o", str(exe)],
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        return "compile-error", proc.stdout + proc.stderr
    try:
        run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return "timeout", ""
    lines = [ln for ln in run.stdout.splitlines() if ln.startswith("checksum = ")]
    if run.returncode != 0 or len(lines) != 1:
        return "crash", f"exit {run.returncode}, stdout tail: {run.stdout[-300:]!r}"
    return "ok", lines[0]


def check_seed(seed, out_dir):
    """Generate one program and build/run it with gcc and enzymec, in a directory of its own:
    csmith writes and reads platform.info in its cwd, and seeds run in parallel (a shared
    directory made csmith exit 255 now and then, failing every seed through the fixture)."""
    seed_dir = out_dir / f"seed{seed}"
    seed_dir.mkdir()
    src = seed_dir / f"seed{seed}.c"
    generate(seed, src)
    return seed, (compile_run(["gcc"], src, seed_dir / f"seed{seed}.gcc"),
                  compile_run(enzymec_cmd(), src, seed_dir / f"seed{seed}.enz"))


@pytest.fixture(scope="session")
def outcomes(tmp_path_factory):
    """Every seed's (gcc, enzymec) outcome, computed in parallel once per session."""
    if not shutil.which("csmith") or not Path("/usr/include/csmith/csmith.h").exists():
        pytest.fail("csmith is not installed: apt-get install -y csmith libcsmith-dev")
    out_dir = tmp_path_factory.mktemp("csmith")
    with concurrent.futures.ThreadPoolExecutor(max(2, os.cpu_count() or 2)) as pool:
        return dict(pool.map(lambda s: check_seed(s, out_dir), SEEDS))


def test_seed_list_is_long_enough():
    # ENZYMEC_CSMITH_N beyond the list would silently test fewer programs than asked for
    assert len(SEEDS) == N, f"seeds.txt has only {len(SEEDS)} seeds, {N} requested"


@pytest.mark.parametrize("seed", SEEDS)
def test_checksum_matches_gcc(outcomes, seed):
    (gkind, gval), (ekind, eval_) = outcomes[seed]
    if gkind == "timeout":
        pytest.skip(f"seed {seed}: gcc's binary runs over {RUN_TIMEOUT}s (csmith made a long program)")
    assert gkind == "ok", f"gcc reference failed for seed {seed}: {gkind} {gval[:2000]}"
    assert ekind == "ok", f"enzymec failed for seed {seed} ({ekind}); reduce with tests/csmith/reduce.sh {seed}\n{eval_[:3000]}"
    assert eval_ == gval, f"seed {seed}: enzymec '{eval_}' vs gcc '{gval}'; reduce with tests/csmith/reduce.sh {seed}"
