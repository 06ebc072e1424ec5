"""Forward mode's rules, from the same tables as test_rule_table.py: every opcode of
`adjoints.TANGENTS` and every math function of mathfns/multimath/complexfns (double and
float, libm and intrinsic spellings) in a tiny IR function, differentiated by
`__enzyme_fwddiff` along each unit vector; the JVPs are compared with central finite
differences under tests/c/gradcheck.py's policy. The cases are test_rule_table's CASES, so
a new table entry gets its forward test with its reverse one.

    . .venv/bin/activate && pytest tests/rules/test_tangent_table.py -q
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "c"))
import gradcheck  # noqa: E402
from test_rule_table import CASES, F, Case, isolated, jit, module_text  # noqa: E402

from enzymec.ad import differentiate_module  # noqa: E402
from enzymec.ad.rules.adjoints import ADJOINTS, TANGENTS  # noqa: E402


def tangent_function(case: Case) -> str:
    """`gradient(x, out)`: out[i] = the JVP of f at x along unit vector i, as a double."""
    n = len(case.params)
    lines = []
    for i, t in enumerate(case.params):
        lines += [f"  %p{i} = getelementptr double, ptr %x, i64 {i}",
                  f"  %d{i} = load double, ptr %p{i}",
                  f"  %v{i} = fptrunc double %d{i} to float" if t == F
                  else f"  %v{i} = fadd double %d{i}, 0.0"]
    for i in range(n):
        args = ", ".join(f"{t} %v{j}, {t} {'1.0' if i == j else '0.0'}"
                         for j, t in enumerate(case.params))
        lines += [f"  %j{i} = call {case.ret} (ptr, ...) @__enzyme_fwddiff(ptr @f, {args})",
                  f"  %e{i} = fpext float %j{i} to double" if case.ret == F
                  else f"  %e{i} = fadd double %j{i}, 0.0",
                  f"  %q{i} = getelementptr double, ptr %out, i64 {i}",
                  f"  store double %e{i}, ptr %q{i}"]
    body = "\n".join(lines)
    return (f"declare {case.ret} @__enzyme_fwddiff(ptr, ...)\n\n"
            f"define void @gradient(ptr %x, ptr %out) {{\nentry:\n{body}\n  ret void\n}}\n")


def tangent_module_text(case: Case) -> str:
    """test_rule_table's module (f and its primal driver) with the reverse-mode gradient
    replaced by the forward-mode one."""
    text = module_text(case)
    start = text.index("define void @gradient")
    declaration = next(line for line in text.splitlines() if "@__enzyme_autodiff(ptr, ...)"
                       in line and line.startswith("declare"))
    return text[:start].replace(declaration, "") + tangent_function(case)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_tangent_rule(case):
    isolated(lambda: check_tangent(case))


def check_tangent(case: Case) -> None:
    primal, gradient, engine = jit(differentiate_module(tangent_module_text(case),
                                                        f"{case.id}.ll"))
    n = len(case.params)

    def f(x):
        out = (ctypes.c_double * 1)()
        primal((ctypes.c_double * n)(*x), out)
        return out[0]

    def jvps(x):
        out = (ctypes.c_double * n)()
        gradient((ctypes.c_double * n)(*x), out)
        return np.array(out[:])

    spec = gradcheck.Spec(Path(case.id), n, case.lo, case.hi, case.single, False)
    for x in gradcheck.random_points(spec, name="tangent/" + case.id):
        gradcheck.check_fd(f, jvps, x, case.single, case.id + " (forward)")


def test_every_opcode_has_a_tangent_beside_its_adjoint():
    assert set(TANGENTS) == set(ADJOINTS)
