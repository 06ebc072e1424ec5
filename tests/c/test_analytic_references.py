"""The references, not enzymec: each program's closed-form `analytic` gradient must match
central finite differences (a wrong reference would make test_gradients fail, or pass, for
the wrong reason). No gradient enzymec synthesized is checked here, so these are not AD
checks; the library is the -O0 enzymec build only because it holds `f` and `analytic`.

    . .venv/bin/activate && pytest tests/c/test_analytic_references.py -q
"""

from __future__ import annotations

import pytest

import gradcheck
from conftest import SPECS
from gradcheck import BuildError, Program

WITH_ANALYTIC = [s for s in SPECS if s.has_analytic]


@pytest.mark.parametrize("spec", WITH_ANALYTIC, ids=[s.name for s in WITH_ANALYTIC])
def test_reference_matches_finite_differences(spec, libraries):
    built = libraries[spec.name, "-O0"]
    if isinstance(built, BuildError):
        pytest.fail(f"the program does not build, so its reference is unchecked:\n{built}",
                    pytrace=False)
    program = Program(spec, built)
    for x in gradcheck.check_points(spec, "analytic"):
        gradcheck.check_fd(program.f, program.analytic, x, spec.single,
                           spec.name + " analytic")
        gradcheck.record("test_analytic_references (reference vs central differences, "
                         "no enzymec gradient)", points=1)
