"""Concurrent enzymec processes (make -j) never collide on temp files or outputs."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from drivertools import REPO


def _compile(cwd, *args):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "enzymec", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_eight_parallel_compiles(tmp_path):
    (tmp_path / "p.c").write_text("int main(void) { return 7; }\n")
    jobs = [("p.c", "-O2", "-o", "same")] * 8 + [("p.c", "-O2", "-o", f"out{i}") for i in range(8)]
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(lambda args: _compile(tmp_path, *args), jobs))
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    for name in ["same"] + [f"out{i}" for i in range(8)]:
        assert subprocess.run([str(tmp_path / name)]).returncode == 7
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]
