"""Real C code base: Lua 5.4 built by its own makefile with CC=enzymec versus CC=cc.

The Lua sources (with Lua's own test suite, testes/) ship inside the PyPI sdist of `lupa` as
third-party/lua54. The sdist is fetched once with `pip download` into ~/.cache/enzymec-tests/
(or $ENZYMEC_TEST_CACHE) and checked against a pinned sha256. Lua is then built twice with
`make -j2 lua CC=...` from its developer makefile (readline and -march=native switched off through
make variables), and:

* the Lua scripts in tests/realcode/lua/ (strings, tables, closures, coroutines, math, a GC stress)
  run through both interpreters; stdout and exit status must be identical;
* Lua's own test suite (testes/all.lua in "user" mode, _U=true) must end with "final OK !!!" for
  both builds (its output has random seeds and timings, so it is checked, not compared).

Run:  python -m pytest tests/realcode -q        (about a minute on 2 cores; first run downloads 6 MB)
"""
import concurrent.futures
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCRIPTS = sorted((HERE / "lua").glob("*.lua"))
LUPA_VERSION = "2.8"
LUPA_SDIST = f"lupa-{LUPA_VERSION}.tar.gz"
LUPA_SHA256 = "d8022641b9ec8ecf2c5ecbe9f47e5a70e0b87c4b5ae921b92cb02a638e0acd08"
LUA_DIR = f"lupa-{LUPA_VERSION}/third-party/lua54/"
# The developer makefile wants readline and -march=native; override both, keep -O2 and Linux.
MAKE_VARS = ["CFLAGS=-O2 -std=c99 -DLUA_USE_LINUX", "MYLIBS=-ldl", "MYLDFLAGS=-Wl,-E"]


def cache_dir():
    """Where downloads are kept between runs."""
    d = Path(os.environ.get("ENZYMEC_TEST_CACHE", Path.home() / ".cache" / "enzymec-tests"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch_sdist():
    """The lupa sdist in the cache, downloaded with pip if missing or corrupt."""
    path = cache_dir() / LUPA_SDIST
    if not path.exists() or sha256(path) != LUPA_SHA256:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        f"lupa=={LUPA_VERSION}", "-d", str(cache_dir())],
                       check=True, capture_output=True, timeout=600)
    assert sha256(path) == LUPA_SHA256, "lupa sdist does not match the pinned sha256"
    return path


def extract_lua(sdist, dest):
    """Unpack only third-party/lua54 of the sdist into dest; returns the Lua source dir."""
    with tarfile.open(sdist) as tar:
        members = [m for m in tar.getmembers() if m.name.startswith(LUA_DIR) and "/.git" not in m.name]
        # the "data" filter (Python >= 3.11.4) refuses links/paths escaping dest
        extra = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        tar.extractall(dest, members=members, **extra)
    return dest / LUA_DIR


def enzymec_path():
    """Absolute path of the enzymec console script (make runs it as $(CC))."""
    exe = shutil.which("enzymec")
    assert exe, "the enzymec console script is not on PATH (pip install -e .)"
    return exe


def build_lua(sdist, dest, cc):
    """Build Lua's `lua` target with CC=cc; returns the interpreter path or the build log."""
    src = extract_lua(sdist, dest)
    proc = subprocess.run(["make", "-j2", "lua", f"CC={cc}", *MAKE_VARS], cwd=src,
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        return None, proc.stdout[-3000:] + proc.stderr[-5000:]
    return src / "lua", None


@pytest.fixture(scope="session")
def luas(tmp_path_factory):
    """{'cc': lua, 'enzymec': lua} built concurrently (two make -j2 on two cores)."""
    sdist = fetch_sdist()
    compilers = {"cc": "cc", "enzymec": enzymec_path()}
    root = tmp_path_factory.mktemp("lua")
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        futs = {k: pool.submit(build_lua, sdist, root / k, cc) for k, cc in compilers.items()}
        return {k: f.result() for k, f in futs.items()}


def interpreter(luas, which):
    exe, log = luas[which]
    assert exe is not None, f"building Lua with CC={which} failed:\n{log}"
    return exe


def run_lua(exe, args, cwd):
    proc = subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300, cwd=cwd)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.parametrize("script", [s.name for s in SCRIPTS])
def test_script_output_matches(luas, script):
    ref = run_lua(interpreter(luas, "cc"), [str(HERE / "lua" / script)], HERE)
    assert ref[0] == 0, f"reference lua failed: {ref[2]}"
    got = run_lua(interpreter(luas, "enzymec"), [str(HERE / "lua" / script)], HERE)
    assert got[0] == ref[0], got[2]
    assert got[1] == ref[1]


@pytest.mark.parametrize("which", ["cc", "enzymec"])
def test_lua_own_test_suite(luas, which):
    exe = interpreter(luas, which)
    code, out, err = run_lua(exe, ["-e_U=true", "all.lua"], exe.parent / "testes")
    assert code == 0 and "final OK !!!" in out, f"exit {code}\n{out[-3000:]}\n{err[-3000:]}"
