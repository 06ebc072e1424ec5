"""What enzymec cannot differentiate in other languages is a clean, located error (exit 1,
`file:line:col: error:`, no traceback), and a missing toolchain names its package.

Each tests/lang/errors program starts with `<comment> error: TEXT @ WHERE`: the error
message must contain TEXT and its location must contain WHERE.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

import langcheck

ERRORS = sorted(p for p in (langcheck.HERE / "errors").iterdir() if p.suffix in
                langcheck.LANGS.values())
_EXPECT = re.compile(r"\A\s*(?:;|//|!)\s*error:\s*(?P<text>.*?)\s*@\s*(?P<where>\S+)\s*$", re.M)


def _compile(source: Path, tmp_path: Path, variant: str) -> subprocess.CompletedProcess:
    """The program's front end (langcheck), then enzymec -c on its IR."""
    lang = next(k for k, v in langcheck.LANGS.items() if v == source.suffix)
    langcheck.require(lang)
    unit = source
    if lang in ("zig", "rust"):
        unit = tmp_path / "unit.bc"
        make = langcheck.zig_bitcode if lang == "zig" else langcheck.rust_bitcode
        subprocess.run([str(c) for c in make(source, unit, variant)], check=True, cwd=tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "ENZYMEC_TRACEBACK"}
    return subprocess.run(["enzymec", variant, "-c", str(unit), "-o", str(tmp_path / "u.o")],
                          capture_output=True, text=True, cwd=tmp_path, env=env)


@pytest.mark.parametrize("variant", langcheck.VARIANTS)
@pytest.mark.parametrize("source", ERRORS, ids=[p.name for p in ERRORS])
def test_located_error(source, variant, tmp_path):
    expect = _EXPECT.match(source.read_text())
    assert expect, f"{source}: first line must be '<comment> error: TEXT @ WHERE'"
    proc = _compile(source, tmp_path, variant)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "internal compiler error" not in proc.stderr
    first = next(line for line in proc.stderr.splitlines() if "error:" in line)
    location, _, message = first.partition(" error: ")
    assert re.search(r":\d+:\d+:$", location) or location.endswith(".ll:"), first
    assert expect["where"] in location and expect["text"] in message, first


def test_missing_flang_names_the_package(tmp_path):
    """No flang: enzymec says which package to install (and .ci/run installs it)."""
    source = tmp_path / "k.f90"
    source.write_text("subroutine s()\nend subroutine\n")
    env = {**os.environ, "ENZYMEC_FLANG": str(tmp_path / "no-such-flang")}
    proc = subprocess.run(["enzymec", "-c", str(source), "-o", str(tmp_path / "k.o")],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "no flang 22 found" in proc.stderr and "apt-get install flang-22" in proc.stderr


def test_missing_rustc_names_the_package(monkeypatch, tmp_path):
    """No rustc: the Rust tests fail with the package to install (never a skip)."""
    monkeypatch.setenv("RUSTC", str(tmp_path / "no-such-rustc"))
    with pytest.raises((langcheck.MissingToolchain, OSError)) as info:
        langcheck.require("rust")
    assert isinstance(info.value, OSError) or "rustc-web" in str(info.value)
