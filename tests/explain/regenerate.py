"""Rewrite the golden files: `python tests/explain/regenerate.py` (then read the diff: a
golden is only as good as the review of its changes)."""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from explain_run import PROGRAMS, remarks  # noqa: E402

if __name__ == "__main__":
    for program in PROGRAMS:
        program.with_suffix(".expected").write_text(remarks(program))
        print("wrote", program.with_suffix(".expected"))
