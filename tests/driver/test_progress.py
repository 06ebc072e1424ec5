"""A long AD stage shows the function being differentiated on a terminal, and nothing when
stderr is not one (make logs stay clean)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

from drivertools import REPO, run_enzymec, write

SOURCE = r"""
#include <enzyme.h>
double square(double x) { return x * x; }
int main(void) { return __enzyme_autodiff((void *)square, 3.0) == 6.0 ? 0 : 1; }
"""


def run_on_terminal(args, env) -> tuple[int, str]:
    """enzymec with stderr on a pseudo-terminal: (exit status, what the terminal got)."""
    leader, follower = pty.openpty()
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **env}
    proc = subprocess.Popen([sys.executable, "-m", "enzymec", *map(str, args)],
                            stderr=follower, stdout=subprocess.DEVNULL, env=full_env)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    return proc.wait(timeout=300), b"".join(chunks).decode(errors="replace")


def test_progress_on_a_terminal(tmp_path):
    src = write(tmp_path, "sq.c", SOURCE)
    status, text = run_on_terminal([src, "-o", tmp_path / "sq"],
                                   {"ENZYMEC_PROGRESS_DELAY": "0"})
    assert status == 0
    assert "enzymec: differentiating 'square' (reverse mode)" in text
    assert text.endswith("\r\033[K")  # the line is erased when the stage ends
    assert subprocess.run([tmp_path / "sq"]).returncode == 0


def test_quiet_when_short_or_not_a_terminal(tmp_path):
    src = write(tmp_path, "sq.c", SOURCE)
    status, text = run_on_terminal([src, "-o", tmp_path / "sq"],
                                   {"ENZYMEC_PROGRESS_DELAY": "600"})
    assert status == 0 and "differentiating" not in text
    piped = run_enzymec(src, "-o", tmp_path / "sq", env={"ENZYMEC_PROGRESS_DELAY": "0"})
    assert piped.returncode == 0 and piped.stderr == ""
