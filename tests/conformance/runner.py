"""Build and run one selected test with enzymec, in a scratch directory of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .selection import Case
from .verdict import Verdict, build_failure, expected_error_result, run_result


def enzymec_command() -> list[str]:
    """The enzymec of this Python environment (the checkout's, when installed with -e)."""
    return [sys.executable, "-m", "enzymec"]


def _run(cmd: list[str], timeout: float, cwd: Path) -> tuple[int | None, str]:
    """Return code and stderr of `cmd`, or (None, stderr so far) when it timed out."""
    try:
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, errors="replace",
                              timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        err = exc.stderr or b""
        return None, err.decode(errors="replace") if isinstance(err, bytes) else err
    return proc.returncode, proc.stderr


def check(case: Case, scratch: Path, opt: str = "-O2", build_timeout: float = 300,
          run_timeout: float = 60, compiler: list[str] | None = None) -> Verdict:
    """Build `case` with `compiler OPT [-fopenmp] FILE -o EXE -lm` (or `-c` for tests without a
    program) and judge the build or, for a `run` case, the program's exit."""
    compiler = compiler or enzymec_command()
    scratch.mkdir(parents=True, exist_ok=True)
    out = scratch / (case.path.stem + ("" if case.links else ".o"))
    link = ["-o", str(out), "-lm"] if case.links else ["-c", "-o", str(out)]
    opt = case.level_for(opt)
    code, err = _run([*compiler, opt, *case.flags, case.path.name, *link], build_timeout,
                     case.path.parent)
    if case.kind == "expect-error":
        return expected_error_result(case.name, code, err, case.error_lines, case.name)
    if code != 0:
        return build_failure(case.name, code, err)
    if case.kind == "compile-only":
        return Verdict(case.name)
    code, err = _run([str(out)], run_timeout, scratch)
    return run_result(case.name, code, err)


def scratch_for(root: Path, case: Case) -> Path:
    return root / case.name.replace(os.sep, "_")
