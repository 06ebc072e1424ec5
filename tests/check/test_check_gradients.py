"""--check-gradients: programs built with it check each autodiff call at run time.

Every program in programs/ prints all the memory it owns (primals, shadows, buffers) and
is built twice, with and without the flag; the runs must print the same (the checks work on
copies: the user's memory ends as the real call leaves it). The builds use
-ffp-contract=off: otherwise whether a*b+c is fused depends on what the optimizer sees
(the wrapper inlined or not), and the last bits of the results with it.
  wrong_*.c      a wrong derivative (a custom gradient or derivative, an inactive mark, active
                 data in enzyme_const memory): the run reports `file:line:col: gradient
                 check failed` at the call marked `expect: failure`; with
                 ENZYMEC_CHECK_GRADIENTS=abort it stops (non-zero exit), with =0 it is silent;
  unchecked_*.c  calls that cannot be checked are listed at compile time, located at the
                 calls marked `expect: unchecked`;
  the rest       correct gradients: no warning at compile time, silent runs, also in abort
                 mode, at -O0 and -O2.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAMS = Path(__file__).parent / "programs"
ENZYMEC = [sys.executable, "-m", "enzymec"]
ALL = sorted(p.name for p in PROGRAMS.glob("*.c*"))
WRONG = [p for p in ALL if p.startswith("wrong_")]
UNCHECKED = [p for p in ALL if p.startswith("unchecked_")]
CORRECT = [p for p in ALL if p not in WRONG and p not in UNCHECKED]
REPORT = re.compile(r"^(?P<file>[\w.]+):(?P<line>\d+):(?P<col>\d+): gradient check failed: "
                    r"the (reverse-mode gradient|forward-mode tangent) of '\w+' disagrees "
                    r"with central finite differences .*derivative (?P<a>\S+), finite "
                    r"differences (?P<d>\S+) ", re.M)

_built: dict[tuple, tuple[Path, str]] = {}


def build(tmp_root: Path, name: str, *flags: str) -> tuple[Path, str]:
    """Compile programs/name with `flags` (once per session); (executable, compiler stderr)."""
    key = (name, flags)
    if key not in _built:
        out = tmp_root / f"{name}.{len(_built)}"
        cmd = [*ENZYMEC, "-ffp-contract=off", *flags, name, "-lm", "-o", str(out)]
        proc = subprocess.run(cmd, cwd=PROGRAMS,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        _built[key] = (out, proc.stderr)
    return _built[key]


def run(exe: Path, mode: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("ENZYMEC_CHECK_GRADIENTS", None)
    if mode is not None:
        env["ENZYMEC_CHECK_GRADIENTS"] = mode
    return subprocess.run([str(exe)], capture_output=True, text=True, env=env, timeout=120)


def marked_lines(name: str, marker: str) -> dict[int, str]:
    """{line: what follows the marker} for the lines marked `expect: <marker>`."""
    lines = (PROGRAMS / name).read_text().splitlines()
    found = {}
    for number, line in enumerate(lines, 1):
        if f"expect: {marker}" in line:
            found[number] = line.split(f"expect: {marker}", 1)[1].strip(" :*/")
    return found


NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|nan|inf")


def same_numbers(got: str, expected: str, rel: float = 1e-13) -> bool:
    """The same text, and the same numbers up to the last bits: the gradient's adjoint sums
    may be reassociated (and fused) differently once the call sits in the checking wrapper,
    which a changed memory would not explain (it changes values, not their last bits)."""
    if NUMBER.sub("#", got) != NUMBER.sub("#", expected):
        return False
    pairs = zip(NUMBER.findall(got), NUMBER.findall(expected))
    return all(a == b or abs(float(a) - float(b)) <= rel * max(abs(float(a)), abs(float(b)))
               for a, b in pairs)


@pytest.fixture(scope="session")
def tmp_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("check")


@pytest.mark.parametrize("opt", ["-O0", "-O2"])
@pytest.mark.parametrize("name", CORRECT)
def test_correct_gradients_pass_silently(tmp_root, name, opt):
    plain, _ = build(tmp_root, name, opt)
    checked, warnings = build(tmp_root, name, opt, "--check-gradients")
    assert warnings == "", f"{name} should be checkable:\n{warnings}"
    expected = run(plain)
    for mode in (None, "abort", "1"):
        got = run(checked, mode)
        assert got.returncode == 0 and got.stderr == "", got.stderr
        assert same_numbers(got.stdout, expected.stdout), \
            f"the checks changed the program's memory:\n{got.stdout}\n{expected.stdout}"
    verbose = run(checked, "verbose")
    assert "0 of 3 directions failed" in verbose.stderr  # the checks did run
    assert "gradient check failed" not in verbose.stderr


@pytest.mark.parametrize("name", WRONG)
def test_wrong_gradients_are_caught(tmp_root, name):
    plain, _ = build(tmp_root, name, "-O2")
    checked, warnings = build(tmp_root, name, "-O2", "--check-gradients")
    assert warnings == ""
    expected = run(plain)
    got = run(checked)
    assert got.returncode == 0 and got.stdout == expected.stdout
    reports = list(REPORT.finditer(got.stderr))
    assert reports, got.stderr
    lines = marked_lines(name, "failure")
    for report in reports:
        assert report["file"] == name and int(report["line"]) in lines, report[0]
        assert float(report["a"]) != pytest.approx(float(report["d"]), rel=1e-3)
    stopped = run(checked, "abort")
    assert stopped.returncode != 0 and REPORT.search(stopped.stderr)
    assert "stopping (ENZYMEC_CHECK_GRADIENTS=abort)" in stopped.stderr
    off = run(checked, "0")
    assert off.returncode == 0 and off.stderr == "" and off.stdout == expected.stdout


@pytest.mark.parametrize("name", ["const_offsets.c", "outputs_through_pointers.c"])
def test_debug_info_builds(tmp_root, name):
    """-g: the wrappers carry no locations of their own (they have no debug scope)."""
    exe, warnings = build(tmp_root, name, "-O2", "-g", "--check-gradients")
    got = run(exe, "verbose")
    assert warnings == "" and got.returncode == 0
    assert "0 of 3 directions failed" in got.stderr and "check failed" not in got.stderr


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
@pytest.mark.parametrize("name", ["loop_bound.c", "const_offsets.c", "heap_extent.c",
                                  "scratch_memory.c", "forward_memory.c", "split_pair.c"])
def test_copies_stay_in_bounds(tmp_root, name):
    """The extents the checker copies are the memory the function touches: no invalid
    access and no leak under valgrind (an extent one element short reads past a copy)."""
    exe, _ = build(tmp_root, name, "-O0", "--check-gradients")
    proc = subprocess.run(["valgrind", "-q", "--error-exitcode=9", "--leak-check=full",
                           str(exe)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr


def test_runtime_mode_is_off_until_asked(tmp_root):
    """--check-gradients=runtime: shipped with the checks compiled in, off by default."""
    exe, _ = build(tmp_root, "wrong_custom_gradient.c", "-O2", "--check-gradients=runtime")
    quiet = run(exe)
    assert quiet.returncode == 0 and quiet.stderr == ""
    loud = run(exe, "1")
    assert REPORT.search(loud.stderr)
    assert run(exe, "abort").returncode != 0


def test_flag_off_builds_without_checks(tmp_root):
    exe, _ = build(tmp_root, "wrong_custom_gradient.c", "-O2", "--check-gradients",
                   "--check-gradients=off")
    assert run(exe, "1").stderr == ""


@pytest.mark.parametrize("name", UNCHECKED)
def test_uncheckable_sites_are_listed(tmp_root, name):
    exe, warnings = build(tmp_root, name, "-O2", "--check-gradients")
    listed = re.findall(rf"^{re.escape(name)}:(\d+):\d+: warning: cannot check the gradient "
                        rf"of '\w+' here because (.*) \[--check-gradients\]$", warnings, re.M)
    expected = marked_lines(name, "unchecked")
    assert {int(line) for line, _ in listed} == set(expected), warnings
    for line, reason in listed:
        assert expected[int(line)] in reason, (line, reason)
    got = run(exe, "verbose")  # the checkable calls beside them are checked, and pass
    assert got.returncode == 0
    assert "0 of 3 directions failed" in got.stderr
    assert "gradient check failed" not in got.stderr


def test_invalid_flag_value_is_an_error(tmp_root):
    proc = subprocess.run([*ENZYMEC, "--check-gradients=sometimes", "scalars.c", "-o",
                           str(tmp_root / "never")], cwd=PROGRAMS, capture_output=True,
                          text=True)
    assert proc.returncode == 1 and "invalid value 'sometimes'" in proc.stderr
    assert "Traceback" not in proc.stderr
