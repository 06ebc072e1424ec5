"""A recursive function's top-level gradient runs the split pair of its own recursive calls
(enzymec/ad/split/own_pair.py), read from the module after AD: when a recursive call passes
the top call's activities (tree's versioned arms, power with and without
enzyme_primal_return, squares without a result) the gradient is one block calling that
pair's augmented forward and reverse; when it passes other activities (swapped) or drops
the result (dropped), the gradient keeps its own forward and reverse sweeps. The gradients
of all of them, at -O0 and at -O3 for this machine, are the analytic ones."""

from __future__ import annotations

import pathlib
import re
import subprocess

import pytest

from test_tape_removal import enzymec  # tests/ad is on sys.path (rootdir)

CASES = pathlib.Path(__file__).resolve().parent / "own_pair" / "cases.c"
INCLUDE = CASES.parents[3] / "include"


def gradients() -> dict[str, str]:
    """Name -> body of each gradient of cases.c after AD."""
    dump = subprocess.run([*enzymec(), "-O3", "-fno-math-errno", "-I", str(INCLUDE), "-c",
                           str(CASES), "-o", "/dev/null", "--enzymec-dump-ir=ad"],
                          capture_output=True, text=True, check=True)
    ir = dump.stdout + dump.stderr
    return {m[1]: m[0] for m in
            re.finditer(r"^define internal [^\n]*@([\w.]+\.gradient[.\d]*)\(.*?\n\}\n", ir,
                        re.M | re.S)}


def calls(body: str) -> list[str]:
    return re.findall(r"call [^@\n]*@([\w.]+)\(", body)


def test_gradients_that_run_their_recursions_pair():
    found = gradients()
    runs_pair = {"tree.gradient": "tree", "tree.noalias.gradient": "tree",
                 "power.gradient": "power", "power.gradient.1": "power",
                 "squares.gradient": "squares"}
    assert set(runs_pair) | {"swapped.gradient", "dropped.gradient"} == set(found)
    for name, function in runs_pair.items():
        body = found[name]
        assert body.count(":\n") == 1, name  # one block
        assert [c.rsplit(".", 1)[0] if c[-1].isdigit() else c for c in calls(body)] == \
            [f"{function}.augmented", f"{function}.reverse"], name
    # the versioned call's arms run different pairs (the noalias one keeps tapes in shadows)
    assert calls(found["tree.gradient"]) != calls(found["tree.noalias.gradient"])


def test_gradients_whose_recursion_differs_keep_their_sweeps():
    found = gradients()
    for name in ("swapped.gradient", "dropped.gradient"):
        body = found[name]
        assert body.count(":\n") > 5, name
        assert "fmuladd" in body, name  # the top call's own reverse arithmetic


@pytest.mark.parametrize("level", ["-O0", "-O3"])
def test_gradients_are_right(tmp_path, level):
    exe = tmp_path / "cases"
    flags = [level] + (["-march=native", "-fno-math-errno"] if level == "-O3" else [])
    subprocess.run([*enzymec(), *flags, "-I", str(INCLUDE), str(CASES), "-o", str(exe),
                    "-lm"], check=True, capture_output=True)
    worst = float(subprocess.run([str(exe), "0", "1", "2", "5", "8", "17", "64", "1000"],
                                 capture_output=True, text=True, check=True).stdout)
    assert worst < 1e-12, (level, worst)
