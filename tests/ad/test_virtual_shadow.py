"""`__enzyme_virtualreverse`: shadow virtual tables of C++ objects (virtual_shadow.cpp), and
the located error where the table is not a constant yet (-O0)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from test_cxx import enzymec

SOURCE = Path(__file__).with_name("virtual_shadow.cpp")
LINE = re.compile(r"^(\w+) (\S+) \(want (\S+)\)$")


@pytest.mark.parametrize("level", ["-O1", "-O2", "-O3"])
def test_shadow_virtual_tables(tmp_path, level):
    exe = tmp_path / "virtual"
    subprocess.run([*enzymec(), level, str(SOURCE), "-o", str(exe)], check=True)
    out = subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout
    lines = [LINE.match(line) for line in out.splitlines()]
    assert all(lines) and len(lines) == 8, out
    for match in lines:
        got, want = float(match.group(2)), float(match.group(3))
        assert got == pytest.approx(want, rel=1e-12, abs=1e-12), match.group(0)


def test_table_loaded_at_run_time_is_a_located_error(tmp_path):
    proc = subprocess.run([*enzymec(), "-O0", str(SOURCE), "-o", str(tmp_path / "v")],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert re.search(r"virtual_shadow\.cpp:\d+:\d+: error: .*__enzyme_virtualreverse.* "
                     r"known at compile time", proc.stderr), proc.stderr
    assert "Traceback" not in proc.stderr
