"""Every tests/c/*.c program, at -O0, at -O2, and with every call split instead of inlined:
enzymec's gradient against central finite differences at seeded random points, and against
the program's analytic gradient if it has one.

The libraries are built once per session, in parallel (a thread pool over enzymec processes).
Tolerances and the program convention: gradcheck.py.

    . /work/venv/bin/activate && pytest tests/c/test_gradients.py -q
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import pytest

import gradcheck
from gradcheck import BuildError, Program, read_spec

OPT_LEVELS = tuple(gradcheck.VARIANTS)  # -O0, -O2, and split calls (gradcheck.py)
SPECS = [read_spec(p) for p in gradcheck.programs()]
JOBS = int(os.environ.get("ENZYMEC_TEST_JOBS", max(2, os.cpu_count() or 2)))


@pytest.fixture(scope="session")
def libraries(tmp_path_factory):
    """(program name, opt) -> path of the built library, or the BuildError."""
    outdir = tmp_path_factory.mktemp("gradlibs")

    def one(job):
        spec, opt = job
        try:
            return job, gradcheck.build(spec.path, outdir, opt)
        except BuildError as error:
            return job, error

    jobs = [(spec, opt) for spec in SPECS for opt in OPT_LEVELS]
    with ThreadPoolExecutor(JOBS) as pool:
        return {(spec.name, opt): result for (spec, opt), result in pool.map(one, jobs)}


def test_enough_programs():
    assert len(SPECS) >= 60, [s.name for s in SPECS]


@pytest.mark.parametrize("opt", OPT_LEVELS)
@pytest.mark.parametrize("spec", SPECS, ids=[s.name for s in SPECS])
def test_gradient(spec, opt, libraries):
    built = libraries[spec.name, opt]
    if isinstance(built, BuildError):
        pytest.fail(str(built), pytrace=False)
    program = Program(spec, built)
    label = f"{spec.name} {opt}"
    message = None
    try:
        for x in gradcheck.random_points(spec):
            gradcheck.check_fd(program.f, program.grad, x, spec.single, label)
            if spec.has_analytic:
                gradcheck.check_analytic(program.f, program.grad, program.analytic, x,
                                         spec.single, label)
    except AssertionError as error:
        message = str(error)
    if message is not None:
        pytest.fail(message, pytrace=False)


@pytest.mark.parametrize("spec", [s for s in SPECS if s.has_analytic],
                         ids=[s.name for s in SPECS if s.has_analytic])
def test_analytic_is_right(spec, libraries):
    """The reference itself: each analytic gradient matches finite differences (a wrong
    reference would otherwise fail or pass tests for the wrong reason)."""
    built = libraries[spec.name, "-O0"]
    if isinstance(built, BuildError):
        pytest.skip("the program does not build; test_gradient reports it")
    program = Program(spec, built)
    for x in gradcheck.random_points(spec, name=spec.name + "/analytic"):
        gradcheck.check_fd(program.f, program.analytic, x, spec.single, spec.name + " analytic")
