"""Every tests/c/*.c program, at -O0, at -O2, and with every call split instead of inlined:
enzymec's gradient against central finite differences at gradcheck.check_points (8 spread
points per program and variant, different in each variant, plus the header's `point:`s),
and against the program's analytic gradient if it has one.

test_branch_coverage.py checks that these points take every branch of every program; the
analytic references themselves are checked in test_analytic_references.py (not AD checks).
Tolerances and the program convention: gradcheck.py. Libraries: conftest.py.

    . .venv/bin/activate && pytest tests/c/test_gradients.py -q
"""

from __future__ import annotations

import pytest

import gradcheck
from conftest import SPECS, VARIANTS
from gradcheck import Program


def test_enough_programs():
    assert len(SPECS) >= 60, [s.name for s in SPECS]


@pytest.mark.parametrize("variant", (*VARIANTS, gradcheck.BENCH_VARIANT))
@pytest.mark.parametrize("spec", SPECS, ids=[s.name for s in SPECS])
def test_gradient(spec, variant, libraries):
    gradcheck.check_built(libraries[spec.name, variant],
                          lambda built: check_program(Program(spec, built), variant))


def check_program(program: Program, variant: str) -> None:
    """Finite differences (and the analytic gradient) at every checked point; count them."""
    spec, label = program.spec, f"{program.spec.name} {variant}"
    for x in gradcheck.check_points(spec, variant):
        nonzero = gradcheck.check_fd(program.f, program.grad, x, spec.single, label)
        if spec.has_analytic:
            gradcheck.check_analytic(program.f, program.grad, program.analytic, x,
                                     spec.single, label)
        gradcheck.record("test_gradients (enzymec vs central differences)", points=1,
                         components=spec.n, **{"non-zero components": nonzero})
