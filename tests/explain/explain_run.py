"""Running enzymec --explain on the golden programs (tests/explain/programs/*.c).

Each program's first line is `/* explain: FLAGS */`; its golden remarks are in
`<program>.expected`, produced by `enzymec FLAGS -fno-caret-diagnostics -c <program>
--explain` run in the programs directory (so that locations are relative)."""

from __future__ import annotations

import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).parent
PROGRAMS = sorted((HERE / "programs").glob("*.c"))


def enzymec() -> list[str]:
    found = shutil.which("enzymec")
    return [found] if found else [sys.executable, "-m", "enzymec"]


def flags(program: pathlib.Path) -> list[str]:
    first = program.read_text().splitlines()[0]
    match = re.fullmatch(r"/\* explain: (.*) \*/", first)
    assert match, f"{program.name}: first line must be /* explain: FLAGS */"
    return match.group(1).split()


def run(program: pathlib.Path, *extra: str, output: str | None = None):
    """enzymec FLAGS -c program EXTRA in the programs directory; the completed process."""
    with tempfile.TemporaryDirectory() as tmp:
        out = output or str(pathlib.Path(tmp) / "out.o")
        cmd = [*enzymec(), *flags(program), "-fno-caret-diagnostics", "-fno-color-diagnostics",
               "-c", program.name, "-o", out, *extra]
        done = subprocess.run(cmd, cwd=program.parent, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done


def remarks(program: pathlib.Path) -> str:
    return run(program, "--explain").stderr
