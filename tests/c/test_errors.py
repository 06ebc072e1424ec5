"""Programs enzymec must reject with a located error (tests/c/errors/*.c).

Each file starts with `/* expect-error: WORDS */` (text the message must contain: the construct
named) and marks the offending line with `/* ERROR */`. enzymec must exit with 1, print
`FILE:LINE:COL: error: ...` pointing at that line, followed by the source line, and a hint
saying what the user can do (a `note:`, or the alternatives named in the message itself), and
never show a Python traceback or an internal-compiler-error banner.

    . /work/venv/bin/activate && pytest tests/c/test_errors.py -q
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from gradcheck import _env

ERRORS = sorted((Path(__file__).resolve().parent / "errors").glob("*.c"))
OPT_LEVELS = ("-O0", "-O2")


def expectation(path: Path) -> tuple[str, int]:
    lines = path.read_text().splitlines()
    match = re.search(r"expect-error:\s*(.*?)\s*\*/", lines[0])
    assert match, f"{path.name}: first line must be /* expect-error: WORDS */"
    marked = [i + 1 for i, line in enumerate(lines) if "/* ERROR */" in line]
    assert len(marked) == 1, f"{path.name}: exactly one line must carry /* ERROR */"
    return match.group(1), marked[0]


@pytest.mark.parametrize("opt", OPT_LEVELS)
@pytest.mark.parametrize("path", ERRORS, ids=[p.stem for p in ERRORS])
def test_located_error(path, opt, tmp_path):
    words, line = expectation(path)
    proc = subprocess.run(["enzymec", opt, "-c", path.name, "-o", str(tmp_path / "x.o")],
                          cwd=path.parent, capture_output=True, text=True, timeout=120,
                          env=_env())
    output = proc.stdout + proc.stderr
    assert "Traceback" not in output, output
    assert "internal compiler error" not in output, output
    assert proc.returncode == 1, f"exit {proc.returncode}, want 1:\n{output}"
    located = re.search(rf"^{re.escape(path.name)}:(\d+):(\d+): error: (.*)$", output, re.M)
    assert located, f"no '{path.name}:LINE:COL: error:' line in:\n{output}"
    assert int(located.group(1)) == line, f"error at line {located.group(1)}, want {line}:\n" \
                                          f"{output}"
    assert words.lower() in located.group(3).lower(), \
        f"the message does not name {words!r}:\n{output}"
    after = output[located.end():].lstrip("\n").splitlines()
    assert after and after[0].lstrip().startswith(f"{line} | "), \
        f"no source line after the error:\n{output}"
    # attribute errors rewrite clang's one-line warning: their hint is in the message
    hinted = re.search(rf"^{re.escape(path.name)}:\d+:\d+: note: ", output, re.M) or \
        any(words in located.group(3) for words in ("enzymec knows", " instead", "remove it"))
    assert hinted, f"the error gives the user no hint (a note) of what to do:\n{output}"


def test_every_error_program_is_checked():
    assert len(ERRORS) >= 4
