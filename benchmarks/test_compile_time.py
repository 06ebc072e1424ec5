"""Smoke run of the compile-time benchmark (compile_time.py, compile_stages.py): one source,
one round. No time is asserted, only that every stage is measured and adds up."""

import pytest

from benchmarks import compile_time as CT
from benchmarks import harness as H


@pytest.fixture(scope="module")
def source():
    return next(s for s in CT.sources() if s.parent.name == "taylor_log")


def test_stages_are_measured_and_the_clang_children_are_part_of_the_total(source, tmp_path):
    st = CT.stages(H.FLAGS + ["-c", str(source), "-o", str(tmp_path / "x.o")])
    assert st["status"] == 0, st
    assert all(st[name] >= 0 for name in CT.STAGES), st
    for name in ("start-up", "frontend", "pre-ad", "ad", "codegen", "clang"):
        assert st[name] > 0, (name, st)
    # the frontend, pre-AD and codegen stages include their clang children
    assert st["clang"] <= st["frontend"] + st["pre-ad"] + st["codegen"] + 0.005, st
    assert st["clang"] < st["total"], st


def test_one_paired_round_gives_a_row(source, tmp_path):
    args = H.FLAGS + ["-c", str(source), "-o", str(tmp_path / "x.o")]
    clang = CT.zigcc() + [f"-I{H.INCLUDE}"] + args
    cc1 = CT.clang_cc1(clang + CT.CLANG_O3, str(source), str(tmp_path / "x.o"))
    assert cc1 is not None and "-cc1" in cc1, cc1
    r = CT.paired(H.enzymec_cmd() + args, clang, 1, clang + CT.CLANG_O3, cc1)
    assert "error" not in r, r
    assert r["a"] > 0 and r["b"] > 0 and r["c"] > 0 and r["d"] > 0, r
    row = CT._row("taylor_log/timed.c", r, {name: 0.01 for name in CT.STAGES})
    assert row.count("|") == 11 + len(CT.STAGES), row


def test_the_interpreter_named_is_the_one_running_enzymec():
    """The table names the Python that runs the timed enzymec (its script's `#!` line)."""
    import os
    import sys
    said = CT.interpreter()
    with open(H.enzymec_cmd()[0]) as handle:
        shebang = handle.readline()[2:].strip()
    assert said.startswith("Python 3."), said
    assert f"({os.path.realpath(shebang)};" in said, (said, shebang)
    assert said.endswith(("a shared library)", "linked into the executable)")), said
    if os.path.realpath(shebang) == os.path.realpath(sys.executable):
        assert said.split()[1] == sys.version.split()[0], said


def test_instruction_counts_cover_every_stage():
    """compile_instructions.py on the README's example (about 30 s under valgrind): the
    driver's process and its three cc1 runs counted, each a run of its own."""
    from benchmarks import compile_instructions as CI
    counts = CI.measure(H.ROOT / "examples" / "square.c")
    assert "error" not in counts, counts
    assert all(counts[name] > 1_000_000 for name in ("python", *CI.STAGES, "clang")), counts
    # three different inputs (the source, the frontend's IR, the AD's IR): three counts
    assert len({counts[name] for name in CI.STAGES}) == 3, counts
    row = CI._row("square.c", counts)
    assert row.count("|") == 11 and "failed" not in row, row
