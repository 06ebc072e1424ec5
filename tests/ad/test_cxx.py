"""Gradients of C++ code (templates, methods, std::vector storage) built with enzymec,
compared with the analytic values the program prints beside them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).with_name("cxx_gradients.cpp")
LINE = re.compile(r"^(\w+) (.*) \(want (.*)\)$")


def enzymec() -> list[str]:
    found = shutil.which("enzymec")
    return [found] if found else [sys.executable, "-m", "enzymec"]


@pytest.mark.parametrize("level,extra,expected_lines", [("-O2", [], 4),
                                                         ("-O0", ["-DNO_VECTOR_COPY"], 3)])
def test_cxx_gradients(tmp_path, level, extra, expected_lines):
    exe = tmp_path / "cxx"
    subprocess.run([*enzymec(), level, *extra, str(SOURCE), "-o", str(exe)], check=True)
    out = subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout
    lines = [LINE.match(line) for line in out.splitlines()]
    assert all(lines) and len(lines) == expected_lines, out
    for match in lines:
        got = [float(v) for v in match.group(2).split()]
        want = [float(v) for v in match.group(3).split()]
        assert got == pytest.approx(want, rel=1e-12, abs=1e-12), match.group(0)


def test_vector_copy_at_O0_is_a_located_error(tmp_path):
    """Until invokes can be inlined, the -O0 vector constructor is refused, with a location."""
    proc = subprocess.run([*enzymec(), "-O0", str(SOURCE), "-o", str(tmp_path / "x")],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert re.search(r"cxx_gradients\.cpp:\d+:\d+: error: cannot differentiate the call",
                     proc.stderr), proc.stderr
    assert "Traceback" not in proc.stderr
