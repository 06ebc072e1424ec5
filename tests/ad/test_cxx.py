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


sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "c"))
import gradcheck  # noqa: E402  (tests/c's gradient-check harness)

# the C++ gradient programs at the levels test_gradients.py does not build (it builds -O0,
# -O2 and split at -O1); split at -O0 is left out: vector growth's relocation is a
# located error there (the memmove's type is not deduced)
CXX_PROGRAMS = sorted(p for p in gradcheck.programs() if p.suffix == ".cpp")
EXTRA_LEVELS = {"-O1": ("-O1", {}), "-O3": ("-O3", {}),
                "split-O3": ("-O3", {"ENZYMEC_AD_INLINE": "0"})}


# pending programs right at the optimized levels only (tests/c/pending/README.md says why)
OPTIMIZED_ONLY = [gradcheck.HERE / "pending" / name
                  for name in ("cxx_sort_array.cpp",)]
OPTIMIZED_LEVELS = {"-O1": ("-O1", {}), "-O2": ("-O2", {}), "-O3": ("-O3", {}),
                    "split-O1": ("-O1", {"ENZYMEC_AD_INLINE": "0"}),
                    "split-O3": ("-O3", {"ENZYMEC_AD_INLINE": "0"})}


@pytest.mark.parametrize("level", list(EXTRA_LEVELS))
@pytest.mark.parametrize("source", CXX_PROGRAMS, ids=[p.stem for p in CXX_PROGRAMS])
def test_cxx_programs_at_other_levels(tmp_path, source, level, monkeypatch):
    check_program(tmp_path, source, level, EXTRA_LEVELS[level], monkeypatch)


@pytest.mark.parametrize("level", list(OPTIMIZED_LEVELS))
@pytest.mark.parametrize("source", OPTIMIZED_ONLY, ids=[p.stem for p in OPTIMIZED_ONLY])
def test_cxx_programs_at_optimized_levels(tmp_path, source, level, monkeypatch):
    check_program(tmp_path, source, level, OPTIMIZED_LEVELS[level], monkeypatch)


def check_program(tmp_path, source, level, variant, monkeypatch):
    """Build `source` as `variant` (flag, environment) and check its gradient (gradcheck)."""
    monkeypatch.setitem(gradcheck.VARIANTS, level, variant)
    spec = gradcheck.read_spec(source)
    program = gradcheck.Program(spec, gradcheck.build(source, tmp_path, level))
    for x in gradcheck.random_points(spec):
        gradcheck.check_fd(program.f, program.grad, x, spec.single, f"{spec.name} {level}")
        if spec.has_analytic:
            gradcheck.check_analytic(program.f, program.grad, program.analytic, x,
                                     spec.single, f"{spec.name} {level}")


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
