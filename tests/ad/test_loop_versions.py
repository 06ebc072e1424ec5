"""enzymec/ad/reverse/loop_versions.py: the reverse of a row loop whose inner reverse loop is
kept scalar (loop_lookup.py) is copied, the copy's inner loop left free to vectorize, and
the lookup point chooses by the row count. Checked on the AD stage's output of
tests/c/reverse_loop_versions.c (whose gradients, through both copies, are checked against
finite differences by tests/c/test_gradients.py) and of GMM."""

from __future__ import annotations

import pathlib
import re
import subprocess

import pytest

from test_tape_removal import enzymec  # tests/ad is on sys.path (rootdir)

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROGRAM = ROOT / "tests" / "c" / "reverse_loop_versions.c"
GMM = ROOT / "benchmarks" / "c" / "gmm" / "timed.c"


def ad_output(source: pathlib.Path, tmp_path, *flags: str, env=None) -> str:
    subprocess.run([*enzymec(), *flags, "-c", source.name, "-o", "/dev/null",
                    "--enzymec-dump-ir=ad", f"--enzymec-dump-dir={tmp_path}"],
                   cwd=source.parent, check=True, capture_output=True, env=env)
    return (tmp_path / f"{source.name}.ad.ll").read_text()


def loop_hints(text: str) -> dict[str, set[str]]:
    """Back-edge target of each reverse loop with a hint -> the hints of its loop node."""
    nodes = dict(re.findall(r"^(!\d+) = (.*)$", text, re.M))
    found = {}
    for target, node in re.findall(r"br label %([\w.]+), !llvm.loop (!\d+)", text):
        names = set()
        for ref in re.findall(r"!\d+", nodes[node])[1:]:
            names |= set(re.findall(r'"(llvm\.loop\.[\w.]+)"', nodes[ref]))
        found[target] = names
    return found


@pytest.mark.parametrize("opt", ["-O2", "-O3"])
def test_row_loop_copied_for_long_rows(opt, tmp_path):
    text = ad_output(PROGRAM, tmp_path, opt)
    choices = re.findall(r"%long\.run = icmp uge i64 %[\w.]+, 15\n\s*br i1 %long\.run, "
                         r"label %([\w.]+), label %([\w.]+)", text)
    assert len(choices) == 1
    copy, original = choices[0]
    assert copy == original + ".long"
    hints = loop_hints(text)
    scalar = {t for t, h in hints.items() if "llvm.loop.vectorize.enable" in h}
    free = {t for t, h in hints.items() if "llvm.loop.vectorize.enable" not in h}
    assert len(scalar) == 1 and len(free) == 1
    assert all("llvm.loop.unroll.disable" in h for h in hints.values())
    (kept,), (twin,) = scalar, free
    assert twin == kept + ".long"


def test_gmm_row_loop_copied(tmp_path):
    text = ad_output(GMM, tmp_path, "-O3", "-march=native", "-fno-math-errno")
    assert text.count("%long.run = icmp uge") == 1


@pytest.mark.parametrize("opt", ["-O2", "-O3"])
def test_nested_candidates_not_copied(opt, tmp_path):
    """reverse_loop_versions_nested.c: the rows loop and the components loop around it are
    both candidates (their inner loops are kept scalar); one copy may not hold another, so
    neither is made (the rule, pinned: with it off, one copy is made here)."""
    text = ad_output(PROGRAM.parent / "reverse_loop_versions_nested.c", tmp_path, opt)
    assert "%long.run" not in text
    assert len(loop_hints(text)) >= 2  # the kept loops are still marked scalar
