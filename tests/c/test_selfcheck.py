"""Programs that check their own derivatives (tests/c/selfcheck/*.c): each compares
enzymec's reverse gradients and forward tangents with central differences or closed forms
at the points it names, prints one line per check (`ok ...` or `MISMATCH ...`) and exits
1 on a mismatch. For what the gradcheck harness cannot state: the system's BLAS as the
primal (cblas_gradients.c, linked with -lblas, which .ci/run installs: Debian's
libblas-dev), NaN operands and signed zeros (math_nan_edges.c). The first line names the
link flags (`/* selfcheck: -lblas */`) and how many checks the program makes (`checks=N`);
selfcheck.h holds the check itself.
Built in each variant (split: every call through its augmented forward and reverse)."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from gradcheck import HERE, VARIANTS

PROGRAMS = sorted((HERE / "selfcheck").glob("*.c"))
_HEADER = re.compile(r"/\* selfcheck: checks=(\d+)((?: -\S+)*) \*/")


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("source", PROGRAMS, ids=lambda p: p.stem)
def test_derivatives_match(source, variant, tmp_path):
    header = _HEADER.match(source.read_text())
    assert header, f"{source.name}: first line must be /* selfcheck: checks=N [flags] */"
    checks, flags = int(header[1]), header[2].split()
    opt, env = VARIANTS[variant]
    exe = tmp_path / source.stem
    build = subprocess.run(["enzymec", opt, str(source), "-o", str(exe), *flags, "-lm"],
                           capture_output=True, text=True, env={**os.environ, **env})
    assert build.returncode == 0, build.stderr
    run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "MISMATCH" not in run.stdout, run.stdout + run.stderr
    assert run.stdout.count("\nok ") + run.stdout.startswith("ok ") == checks, run.stdout
