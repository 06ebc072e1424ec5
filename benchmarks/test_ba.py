"""Bundle adjustment (benchmarks/c/ba): `timed check` compares the expert handwritten
Jacobian with central differences of the residuals and every enzymec Jacobian (two reverse
sweeps, width-2 reverse, width-15 forward) with the expert's, entry by entry over all
observations; the data include a camera with zero rotation (the Rodrigues formula's other
branch). Built by enzymec and, for the expert's alone, by gcc."""
import subprocess

import pytest

from benchmarks import harness as H

SRC = H.CSRC / "ba" / "timed.c"
SIZE = ["7", "60", "700"]          # n cameras, m points, p observations
CHECKS = {"hand_vs_central_differences", "enzyme_fwd15_vs_hand", "enzyme_rev_vs_hand",
          "enzyme_revw2_vs_hand"}


def build(kind: str, tmp_path):
    exe = tmp_path / f"ba.{kind}"
    p = subprocess.run(H.build_command(kind, SRC, exe), capture_output=True, text=True,
                       timeout=600)
    assert p.returncode == 0, p.stderr[-3000:]
    return exe


def checks(exe) -> dict:
    p = subprocess.run([str(exe), "check"] + SIZE, capture_output=True, text=True, timeout=120)
    lines = [line.split() for line in p.stdout.splitlines() if line.startswith("check ")]
    found = {parts[1]: parts[-1] for parts in lines}
    assert p.returncode == (0 if all(v == "ok" for v in found.values()) else 1), p.stdout
    return found


@pytest.mark.parametrize("kind", ["enzymec", "gcc"])
def test_jacobians_agree_with_central_differences(kind, tmp_path):
    found = checks(build(kind, tmp_path))
    expected = CHECKS if kind == "enzymec" else {"hand_vs_central_differences"}
    assert set(found) == expected
    assert all(v == "ok" for v in found.values()), found
