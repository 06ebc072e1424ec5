"""The checked points take every branch: for every tests/c program and build variant, each
outcome of each conditional in the primal (if, loop test, switch arm, && and || operand,
?:, and fabs/fmin/fmax/copysign's two cases) happens at one of the points test_gradients
checks that variant at (gradcheck.check_points), measured with gcov (branch_coverage.py).

A branch no point takes is a derivative never checked. Fix it with a `point:` in the
program's header; a branch that truly cannot be taken (unreachable, an error path) is listed
as `untaken: "FRAGMENT OF ITS LINE" REASON` in the header, and an `untaken:` that names no
untaken branch fails too, so the list stays true.

    . .venv/bin/activate && pytest tests/c/test_branch_coverage.py -q
"""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest

import gradcheck
from branch_coverage import Instrumented, implicit_reason
from conftest import JOBS, SPECS, VARIANTS

pytestmark = pytest.mark.skipif(shutil.which("gcov") is None or shutil.which("gcc") is None,
                                reason="gcc and gcov measure the coverage")


@pytest.fixture(scope="session")
def coverage_problems(request, tmp_path_factory):
    """program name -> what its points leave untaken, for the collected programs (measured
    in parallel: each is a gcc build and a few runs)."""
    wanted = {item.callspec.params["spec"] for item in request.session.items
              if item.originalname == "test_points_take_every_branch"}
    root = tmp_path_factory.mktemp("coverage")

    def one(spec):
        workdir = root / spec.name
        workdir.mkdir()
        return spec.name, problems_of(spec, workdir)

    with ThreadPoolExecutor(JOBS) as pool:
        return dict(pool.map(one, sorted(wanted, key=lambda spec: spec.name)))


@pytest.mark.parametrize("spec", SPECS, ids=[s.name for s in SPECS])
def test_points_take_every_branch(spec, coverage_problems):
    problems, outcomes = coverage_problems[spec.name]
    gradcheck.record("test_branch_coverage", programs=1,
                     **{"branch outcomes taken (summed over the variants)": outcomes})
    assert not problems, "\n".join(problems)


def problems_of(spec, workdir) -> tuple[list[str], int]:
    """The untaken branches of spec's primal in each variant, and the stale `untaken:`s;
    and how many branch outcomes the variants' points took."""
    lines = spec.path.read_text().splitlines()
    problems = _bad_fragments(spec, lines)
    program, excused, taken = Instrumented(spec, workdir), set(), 0
    if program.nested:
        unmeasured = program.branches([])
        return [f"{spec.path.name}: f calls an autodiff entry point itself, so a gcc build "
                f"cannot run it: its {len(unmeasured)} branch outcomes are unmeasured"
                ] if unmeasured else [], 0
    for variant in VARIANTS:
        branches = program.branches(gradcheck.check_points(spec, variant))
        for b in (b for b in branches if b.count == 0):
            reason = _excuse(spec, lines[b.line - 1], b.function)
            if reason is None:
                problems.append(f"{spec.path.name}:{b.line}: {variant}: outcome {b.index + 1}"
                                f" of {b.outcomes} never taken in {b.function}: "
                                f"{lines[b.line - 1].strip()}")
            excused.add(reason)
        taken += sum(b.count > 0 for b in branches)
    problems += [f"{spec.path.name}: untaken: {fragment!r} names no untaken branch"
                 for fragment, reason in spec.untaken if reason not in excused]
    return problems, taken


def test_one_point_leaves_arms_untaken(tmp_path):
    """The measurement can fail: switch_case at one point takes one arm of its switch."""
    spec = next(s for s in SPECS if s.name == "switch_case")
    branches = Instrumented(spec, tmp_path).branches([gradcheck.check_points(spec, "-O0")[0]])
    untaken = [b for b in branches if b.count == 0]
    assert len(untaken) >= 6, branches


def _excuse(spec, line: str, function: str) -> str | None:
    """Why a branch on `line` in `function` may stay untaken: the header's `untaken:` naming
    the line (a fragment of it) or the function (`NAME()`), or g++'s own checks."""
    for fragment, reason in spec.untaken:
        if fragment == f"{function}()" or fragment in line:
            return reason
    return implicit_reason(spec.path, line)


def _bad_fragments(spec, lines: list[str]) -> list[str]:
    """`untaken:` fragments must name one line exactly (or a function, `NAME()`)."""
    bad = []
    for fragment, _ in spec.untaken:
        hits = sum(fragment in line and "untaken:" not in line for line in lines)
        if not fragment.endswith("()") and hits != 1:
            bad.append(f"{spec.path.name}: untaken: {fragment!r} is on {hits} lines, not 1")
    return bad
