"""Which reads of a parallel region its reverse loads again instead of taping (omp_stable.py).

`--explain` names the choice at the load's line and column. A region reading its input
through a capture slot loads it again when nothing in the gradient writes the input (the
serial build's choice, and no tape of 8 bytes per iteration); when the caller overwrites
the input after the region, or the slot's lifetime ends before the reverse sweep, the
region's reads are taped. Both programs are also gradient
programs of test_omp.py, which checks their values (a wrong reload fails there). Their
region bodies are products of loads without a math call: `exp(x) * x * x` has one active
input, so preaccumulate.py tapes its local derivative and the load is no longer needed.
"""

from __future__ import annotations

import os
import subprocess

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
LOAD = "the reverse sweep needs load: "


def load_remarks(name: str, line_col: str, tmp_path) -> list[str]:
    source = os.path.join(HERE, name)
    proc = subprocess.run(["enzymec", "-O2", "-fopenmp", "--explain", "-c", source, "-o",
                           str(tmp_path / "p.o")], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    prefix = f"{source}:{line_col}: remark: {LOAD}"
    return [l[len(prefix):] for l in proc.stderr.splitlines() if l.startswith(prefix)]


@pytest.mark.parametrize("name, line_col, choice", [
    ("shared_input_reload.c", "9:38", "loaded again in the reverse sweep"),
    ("overwritten_input.c", "10:38", "taped, 8 bytes per iteration"),
    ("scoped_pointer.c", "12:46", "taped, 8 bytes per iteration"),  # y's slot dies first
    ("scoped_pointer.c", "12:60", "loaded again in the reverse sweep"),  # x's slot lives
])
def test_region_input_reload(name, line_col, choice, tmp_path):
    remarks = load_remarks(name, line_col, tmp_path)
    assert remarks and all(r.startswith(choice) for r in remarks), remarks
