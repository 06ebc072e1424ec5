"""Helpers for driver tests: run enzymec as a user would, in a scratch directory.

enzymec runs as a subprocess (`python -m enzymec`) so exit codes, stderr and temp-file
cleanup are observed exactly as a build system sees them. Sources shared by several tests
are built once per session.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

HELLO = r"""
#include <stdio.h>
int main(void) { printf("hello, %d\n", 6 * 7); return 0; }
"""


def run_enzymec(*args, cwd=None, env=None, input=None, check=False,
                prefix=()) -> subprocess.CompletedProcess:
    """Run `python -m enzymec ARGS` (after `prefix`, a wrapper command) and return the
    completed process (text mode; bytes that are not UTF-8 are replaced)."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(REPO) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.update(env or {})
    proc = subprocess.run([*prefix, sys.executable, "-m", "enzymec", *map(str, args)], cwd=cwd,
                          env=full_env, input=input, capture_output=True, text=True,
                          errors="replace", timeout=300)
    if check and proc.returncode != 0:
        raise AssertionError(f"enzymec {' '.join(map(str, args))} failed:\n{proc.stderr}")
    return proc


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(textwrap.dedent(text).lstrip())
    return path
