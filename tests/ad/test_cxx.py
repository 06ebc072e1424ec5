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


@pytest.mark.parametrize("level", ["-O2", "-O0"])
def test_cxx_gradients(tmp_path, level):
    exe = tmp_path / "cxx"
    subprocess.run([*enzymec(), level, str(SOURCE), "-o", str(exe)], check=True)
    out = subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout
    lines = [LINE.match(line) for line in out.splitlines()]
    assert all(lines) and len(lines) == 6, out
    for match in lines:
        got = [float(v) for v in match.group(2).split()]
        want = [float(v) for v in match.group(3).split()]
        assert got == pytest.approx(want, rel=1e-12, abs=1e-12), match.group(0)


CATCHING = r"""
#include <enzyme.h>
#include <stdexcept>
#include <vector>
double risky(double x, int n) {
  std::vector<double> v(n, x);
  if (n > 100) throw std::length_error("too long");
  return v[0] * x;
}
static double guarded(double x, int n) {
  try {
    return risky(x, n); /* ERROR */
  } catch (const std::exception &) {
    return 0.0;
  }
}
double dguarded(double x) { return __builtin_autodiff(guarded, x, 3); }
"""


def test_catching_an_exception_at_O0_is_a_located_error(tmp_path):
    """Invokes are inlined with their unwind edges dropped; a handler after which the
    function goes on would be lost silently, so it is refused, with a location."""
    source = tmp_path / "catching.cpp"
    source.write_text(CATCHING)
    proc = subprocess.run([*enzymec(), "-O0", "-c", str(source), "-o", str(tmp_path / "x.o")],
                          capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    line = CATCHING.splitlines().index("    return risky(x, n); /* ERROR */") + 1
    assert re.search(rf"catching\.cpp:{line}:\d+: error: cannot differentiate code that "
                     rf"catches an exception", proc.stderr), proc.stderr
    assert "Traceback" not in proc.stderr
