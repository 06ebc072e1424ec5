"""The GMM rows' layout-robust timing (benchmarks/layouts.py): a version's time is the median
over code layouts of its best time in each; the layouts are real (the padded build places
the code elsewhere), and the gradients agree in every layout."""
import dataclasses
import subprocess

from benchmarks import harness as H
from benchmarks import layouts as L
from benchmarks import suites as S


def outcome(*times, status="ok"):
    return H.Outcome(status=status, times=list(times), fields={"grad": [1.0]})


def test_median_over_layouts_of_each_best():
    merged = L.merge_layouts([{"hand": outcome(3.0, 2.0)}, {"hand": outcome(5.0, 4.0)},
                              {"hand": outcome(1.0, 9.0)}], H.Outcome)
    assert merged["hand"].best == 2.0 and merged["hand"].fields["layout_best"] == [2.0, 4.0, 1.0]
    failed = L.merge_layouts([{"e": outcome(1.0)}, {"e": outcome(status="crashed")}], H.Outcome)
    assert failed["e"].status == "crashed"


def symbol(exe, name) -> int:
    table = subprocess.run(["nm", str(exe)], capture_output=True, text=True, check=True).stdout
    return next(int(line.split()[0], 16) for line in table.splitlines()
                if line.endswith(" " + name))


def test_gmm_in_two_layouts(tmp_path):
    """A small GMM run in layouts 0 and 64: both agree with the expert, and the padded
    build's primal sits at another address."""
    bench = dataclasses.replace(S.gmm_bench(3, 4, 50), full=["3", "4", "50"],
                                layouts=L.PADS[:2], adolc=False)
    lines = []
    outcomes = H.run_versions(bench, tmp_path, {}, 1, False, 120, lines.append)
    assert all(oc.status == "ok" for k, oc in outcomes.items() if k != "adolc"), lines
    assert len(outcomes["enzyme"].fields["layout_best"]) == 2
    labels = {k: v[2] for k, v in H.VERSIONS.items()}
    diffs = H.check_agreement(outcomes, labels, H.TOLERANCE, lines.append)
    assert diffs and max(diffs.values()) <= H.TOLERANCE
    plain, padded = tmp_path / "gmm.enzymec", tmp_path / f"gmm.enzymec.pad{L.PADS[1]}"
    assert symbol(plain, "gmm_primal") != symbol(padded, "gmm_primal")
