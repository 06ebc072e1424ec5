"""CBLAS inside differentiated code (enzymec/ad/passes/library_bodies.py): the program
tests/c/blas/cblas_gradients.c checks enzymec's reverse gradients and forward tangents of
losses calling the system's BLAS against central differences of those losses, itself, and
exits 1 on a mismatch. Built in each variant (split: every call through its augmented
forward and reverse). Needs the system's CBLAS (Debian's libblas-dev; .ci/run installs it)."""

from __future__ import annotations

import os
import subprocess

import pytest

from gradcheck import HERE, VARIANTS

SOURCE = HERE / "blas" / "cblas_gradients.c"


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_cblas_gradients_match_differences(variant, tmp_path):
    opt, env = VARIANTS[variant]
    exe = tmp_path / "cblas_gradients"
    build = subprocess.run(["enzymec", opt, str(SOURCE), "-o", str(exe), "-lblas", "-lm"],
                           capture_output=True, text=True, env={**os.environ, **env})
    assert build.returncode == 0, build.stderr
    run = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    # 4 losses x 3 points, each with its worst error; no mismatch line
    assert run.stdout.count("worst relative error") == 12, run.stdout
    assert "MISMATCH" not in run.stdout
