"""A `restrict` argument written before it is read (enzymec/ad/tape/argument_reload.py), read from
`--explain` on tests/c/restrict_written_then_read.c: `fill_then_read`'s reads of out[i] after
its last write are loaded again in the reverse sweep; the reads that a later write (a later
loop, the same loop body, a later iteration) may overwrite stay taped. The gradients are
checked against finite differences by the program itself (tests/c/test_gradients.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

PROGRAM = Path(__file__).resolve().parents[1] / "c" / "restrict_written_then_read.c"


def remarks() -> dict:
    """{(line, column): remark text} of the program's tape remarks about loads."""
    exe = shutil.which("enzymec")
    command = [exe] if exe else [sys.executable, "-m", "enzymec"]
    proc = subprocess.run([*command, "-O2", "--explain", "-c", str(PROGRAM), "-o", "/dev/null"],
                          capture_output=True, text=True, check=True)
    found = {}
    for m in re.finditer(r":(\d+):(\d+): remark: the reverse sweep needs load: ([^\n]*)",
                         proc.stderr):
        found[int(m[1]), int(m[2])] = m[3]
    return found


def position(fragment: str, after: str) -> tuple[int, int]:
    """(line, column) of `fragment` on the first line containing it after the line `after`."""
    lines = PROGRAM.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if after in line)
    for i in range(start, len(lines)):
        if fragment in lines[i]:
            return i + 1, lines[i].index(fragment) + 1
    raise AssertionError(fragment)


def test_reads_after_the_last_write_are_loaded_again():
    found = remarks()
    assert found[position("out[i] * out[i] * a[i]", "double fill_then_read(")]\
        .startswith("loaded again")


def test_reads_a_later_write_may_change_stay_taped():
    found = remarks()
    for fragment, function in [("out[i] * out[i];", "double read_then_write("),
                               ("out[i];", "double in_place("),
                               ("out[i - 1]) * a[i]", "double read_in_loop_written_later(")]:
        assert found[position(fragment, function)].startswith("taped"), function
