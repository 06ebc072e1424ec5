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

import pytest

import gradcheck
from branch_coverage import Instrumented, implicit_reason
from conftest import SPECS, VARIANTS

pytestmark = pytest.mark.skipif(shutil.which("gcov") is None or shutil.which("gcc") is None,
                                reason="gcc and gcov measure the coverage")


@pytest.mark.parametrize("spec", SPECS, ids=[s.name for s in SPECS])
def test_points_take_every_branch(spec, tmp_path):
    lines = spec.path.read_text().splitlines()
    problems = _bad_fragments(spec, lines)
    program, excused = Instrumented(spec, tmp_path), set()
    for variant in VARIANTS:
        branches = program.branches(gradcheck.check_points(spec, variant))
        for b in (b for b in branches if b.count == 0):
            reason = _excuse(spec, lines[b.line - 1], b.function)
            if reason is None:
                problems.append(f"{spec.path.name}:{b.line}: {variant}: outcome {b.index + 1}"
                                f" of {b.outcomes} never taken in {b.function}: "
                                f"{lines[b.line - 1].strip()}")
            excused.add(reason)
        gradcheck.record("test_branch_coverage", **{"branch outcomes": len(branches)})
    problems += [f"{spec.path.name}: untaken: {fragment!r} names no untaken branch"
                 for fragment, reason in spec.untaken if reason not in excused]
    assert not problems, "\n".join(problems)


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
