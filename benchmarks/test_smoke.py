"""Smoke test of the benchmarks (`python -m benchmarks --quick` does the same): build every
program at tiny sizes, run each once and check that every gradient agrees with the expert one.

No timing is asserted. ADOL-C missing is a failure only with ENZYMEC_REQUIRE_ADOLC=1.
"""
import os

import pytest

from benchmarks import harness as H


@pytest.fixture(scope="module")
def smoke_results(tmp_path_factory):
    build = tmp_path_factory.mktemp("bench-build")
    lines = []
    results = H.run_benchmarks(build, repeat=1, smoke=True, log=lines.append, timeout=120)
    return {r.bench.name: r for r in results}, "\n".join(lines)


@pytest.mark.parametrize("name", [b.name for b in H.BENCHMARKS])
def test_versions_build_run_and_agree(smoke_results, name):
    results, log = smoke_results
    r = results[name]
    require_adolc = os.environ.get("ENZYMEC_REQUIRE_ADOLC") == "1"
    bad = [f"{r.labels[k]}: {oc.status}: {oc.detail}" for k, oc in r.outcomes.items()
           if oc.status != "ok" and not (oc.status == "missing" and not require_adolc)]
    assert not bad, "\n".join(bad) + "\n\nlog:\n" + log
    # the enzymec gradient and the gcc build of the expert one were both compared
    assert "enzyme" in r.diffs and "hand-gcc" in r.diffs, log
    assert all(d <= H.TOLERANCE for d in r.diffs.values()), r.diffs


def test_adolc_present_when_required():
    if os.environ.get("ENZYMEC_REQUIRE_ADOLC") != "1":
        pytest.skip("ENZYMEC_REQUIRE_ADOLC is not 1")
    assert H.adolc_available(), "ADOL-C not installed (apt-get install libadolc-dev)"


def test_output_parser():
    f = H.parse_output("time 0.5\nvalue 2\ngrad 1 2 3\ngabs 6\nnoise here\n")
    assert f == {"time": [0.5], "value": [2.0], "grad": [1.0, 2.0, 3.0], "gabs": [6.0]}
    assert H.rel_diff([1.0, 2.0], [1.0, 2.0 + 2e-9]) == pytest.approx(1e-9)
    assert H.compare({"grad": [1.0]}, {"value": [1.0]}) == float("inf")


def test_version_parser():
    text = "time hand 0.5 0.25\ngrad enzyme 1 2\nheap_peak_bytes enzyme 64\nnoise\n"
    assert H.parse_versions(text) == {"hand": {"time": [0.5, 0.25]},
                                      "enzyme": {"grad": [1.0, 2.0], "heap_peak_bytes": [64.0]}}
    oc = H.outcome_of(H.parse_versions(text)["hand"], H.Outcome())
    assert (oc.best, oc.median) == (0.25, 0.375)
    assert H.outcome_of({}, H.Outcome()).status == "crashed"
