"""Forward mode (`__enzyme_fwddiff`): every tests/c/forward program at -O0, at -O2 and with
every call kept (ENZYMEC_AD_INLINE=0: callees' own tangent functions), its gradient
assembled from JVPs along the unit vectors against central finite differences at
gradcheck.check_points (and the analytic gradient where the program has one), plus a JVP
along a seeded random direction against the gradient's dot product. The points take every
branch of each program (measured with gcov as test_branch_coverage does).

    . .venv/bin/activate && pytest tests/c/test_forward.py -q
"""

from __future__ import annotations

import shutil

import numpy as np
import pytest

import gradcheck
from conftest import VARIANTS
from test_branch_coverage import problems_of
from gradcheck import Program, read_spec

# named fwd_*: the session's libraries are keyed by program name, shared with test_gradients
FORWARD = [read_spec(p) for p in gradcheck.programs(gradcheck.HERE / "forward")]


def test_enough_programs():
    assert len(FORWARD) >= 40, [s.name for s in FORWARD]
    assert all(s.name.startswith("fwd_") for s in FORWARD), [s.name for s in FORWARD]
    assert all(s.tangent for s in FORWARD), [s.name for s in FORWARD if not s.tangent]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("spec", FORWARD, ids=[s.name for s in FORWARD])
def test_tangent(spec, variant, libraries):
    gradcheck.check_built(libraries[spec.name, variant],
                          lambda built: check_program(Program(spec, built), variant))


def check_program(program: Program, variant: str) -> None:
    spec, label = program.spec, f"{program.spec.name} {variant} (forward)"
    rng = gradcheck.rng_for(f"{spec.name}/{variant}/direction")
    for x in gradcheck.check_points(spec, variant):
        nonzero = gradcheck.check_fd(program.f, program.grad, x, spec.single, label)
        if spec.has_analytic:
            gradcheck.check_analytic(program.f, program.grad, program.analytic, x,
                                     spec.single, label)
        v = rng.uniform(-1, 1, spec.n)
        along, dot = program.jvp(x, v), float(program.grad(x) @ v)
        scale = max(1.0, abs(program.f(x)))
        tol = 1e-4 if spec.single else 1e-9
        assert abs(along - dot) <= tol * (scale + np.abs(program.grad(x)) @ np.abs(v)), \
            f"{label}: JVP along v={list(v)} is {along}, the gradient's dot product {dot}"
        gradcheck.record("test_forward (enzymec JVPs vs central differences)", points=1,
                         components=spec.n, **{"non-zero components": nonzero})


@pytest.mark.skipif(shutil.which("gcov") is None or shutil.which("gcc") is None,
                    reason="gcc and gcov measure the coverage")
@pytest.mark.parametrize("spec", FORWARD, ids=[s.name for s in FORWARD])
def test_points_take_every_branch(spec, tmp_path):
    problems, outcomes = problems_of(spec, tmp_path)
    gradcheck.record("test_forward branch coverage", programs=1,
                     **{"branch outcomes taken (summed over the variants)": outcomes})
    assert not problems, "\n".join(problems)
