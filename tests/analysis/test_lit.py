"""Run the FileCheck tests of this directory under lit, so that pytest reports them.

lit runs in a subprocess of the current interpreter (lit has no `__main__`, so its console
script's `lit.main.main` is called), and lit.cfg.py runs
`enzymec-opt` and `filecheck` with that interpreter too: no PATH or install is needed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIT = "import sys, lit.main; sys.argv[0] = 'lit'; lit.main.main()"


def test_lit_suite(tmp_path) -> None:
    env = dict(os.environ, ENZYMEC_LIT_EXEC_ROOT=str(tmp_path))  # %t files: this run's own
    result = subprocess.run([sys.executable, "-c", LIT, "-q", "-j", "4", str(HERE)],
                            capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, f"lit failed:\n{result.stdout}\n{result.stderr}"


def test_every_lit_test_is_small() -> None:
    """The style guide keeps FileCheck tests under 40 lines so that they stay reviewable."""
    for path in HERE.glob("*.ll"):
        assert len(path.read_text().splitlines()) < 40, path.name
