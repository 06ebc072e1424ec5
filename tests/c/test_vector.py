"""Vector mode (`enzyme_width, N`): every tests/c/vector program at -O0, at -O2 and with
every call kept (ENZYMEC_AD_INLINE=0: callees' own width-N derivatives), each of its N
lanes against central finite differences (vector_check.py) at spread points of the box and
the header's points.

    . .venv/bin/activate && pytest tests/c/test_vector.py -q
"""

from __future__ import annotations

import pytest

import gradcheck
import vector_check
from conftest import VARIANTS, build_selected

PROGRAMS = vector_check.programs()


def test_enough_programs():
    """The brief's breadth: 25 programs, widths 2, 3, 4 and 8, both modes."""
    assert len(PROGRAMS) >= 25, [s.name for s in PROGRAMS]
    assert {2, 3, 4, 8} <= {s.width for s in PROGRAMS}
    assert {"forward", "reverse"} <= {s.mode for s in PROGRAMS}


@pytest.fixture(scope="session")
def vector_libraries(request, tmp_path_factory):
    """(program, variant) -> library or BuildError, for the session's selected tests."""
    return build_selected(request, tmp_path_factory.mktemp("vectorlibs"), vector_check.VectorSpec)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("spec", PROGRAMS, ids=[s.name for s in PROGRAMS])
def test_lanes(spec, variant, vector_libraries):
    gradcheck.check_built(vector_libraries[spec.name, variant],
                          lambda built: check_program(spec, built, variant))


def check_program(spec, built, variant: str) -> None:
    program = vector_check.VectorProgram(spec, built)
    rng = gradcheck.rng_for(f"{spec.name}/{variant}/seeds")
    points = gradcheck.check_points(spec, variant, 4)  # and the header's points
    label = f"{spec.name} {variant} ({spec.mode}, width {spec.width})"
    nonzero = 0
    for index, x in enumerate(points):
        s = vector_check.seeds(spec, rng, unit=index == 0)
        nonzero += vector_check.check_point(program, x, s, label)
    assert nonzero, f"{label}: every reference derivative is zero: the test cannot fail"
    gradcheck.record("test_vector (enzymec lanes vs central differences)",
                     points=len(points), lanes=len(points) * spec.width)
