"""Every tests/lang program (raw IR, Zig, Fortran, Rust, and mixed C-driver programs) at
-O0 and -O2: enzymec's gradient against central finite differences at gradcheck's spread
points (tolerances: tests/c/gradcheck.py; build commands: langcheck.py).

    . .venv/bin/activate && pytest tests/lang -q
"""

from __future__ import annotations

import dataclasses

import pytest

import gradcheck
import langcheck
from gradcheck import Program

KINDS = (*langcheck.LANGS, "mixed")
PROGRAMS = [p for kind in KINDS for p in langcheck.programs(kind)]
TANGENT_PROGRAMS = [p for p in PROGRAMS if langcheck.exports_jvp(p)]


def _id(path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.mark.parametrize("kind", KINDS)
def test_enough_programs(kind):
    """At least 8 programs per language (the talk's taylor_log and logsumexp among them),
    at least 3 of them (those two among them) also in forward mode, and a mixed program
    per language."""
    names = [p.stem for p in langcheck.programs(kind)]
    if kind == "mixed":
        kernels = {langcheck.kernel_of(p).suffix for p in langcheck.programs(kind)}
        assert kernels >= set(langcheck.LANGS.values()), kernels
        return
    assert len(names) >= 8 and {"taylor_log", "logsumexp"} <= set(names), names
    tangents = {p.stem for p in langcheck.programs(kind) if langcheck.exports_jvp(p)}
    assert len(tangents) >= 3 and {"taylor_log", "logsumexp"} <= tangents, tangents


@pytest.mark.parametrize("variant", langcheck.VARIANTS)
@pytest.mark.parametrize("program", PROGRAMS, ids=[_id(p) for p in PROGRAMS])
def test_gradient(program, variant, lang_libraries):
    built = lang_libraries[program, variant]
    if isinstance(built, Exception):
        pytest.fail(str(built), pytrace=False)
    spec = langcheck.read_spec(program)
    loaded, label = Program(spec, built), f"{_id(program)} {variant}"
    nonzero = 0
    for x in gradcheck.check_points(spec, variant):
        nonzero += gradcheck.check_fd(loaded.f, loaded.grad, x, spec.single, label)
        gradcheck.record("tests/lang (enzymec vs central differences)", points=1,
                         components=spec.n)
    assert nonzero > 0, f"{label}: every gradient checked was zero"


@pytest.mark.parametrize("variant", langcheck.VARIANTS)
@pytest.mark.parametrize("program", TANGENT_PROGRAMS, ids=[_id(p) for p in TANGENT_PROGRAMS])
def test_tangent(program, variant, lang_libraries):
    """Forward mode (`__enzyme_fwddiff`) from the same library: jvp along each unit vector
    (the gradient) against central differences, and jvp along a random direction against
    the reverse-mode gradient's dot product with it (the two modes agree)."""
    built = lang_libraries[program, variant]
    if isinstance(built, Exception):
        pytest.fail(str(built), pytrace=False)
    spec = langcheck.read_spec(program)
    forward = Program(dataclasses.replace(spec, tangent=True), built)
    reverse, label = Program(spec, built), f"{_id(program)} {variant} (jvp)"
    rng, nonzero = gradcheck.rng_for(label), 0
    for x in gradcheck.check_points(spec, variant):
        nonzero += gradcheck.check_fd(forward.f, forward.grad, x, spec.single, label)
        v = rng.normal(size=spec.n)
        expected = float(reverse.grad(x) @ v)
        assert abs(forward.jvp(x, v) - expected) <= 1e-9 * (1 + abs(expected)), (label, x, v)
        gradcheck.record("tests/lang (enzymec forward mode vs central differences)",
                         points=1, components=spec.n)
    assert nonzero > 0, f"{label}: every tangent checked was zero"
