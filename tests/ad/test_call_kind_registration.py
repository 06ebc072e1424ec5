"""Adding a kind of call is one registration (call_kinds.KINDS): the test registers a kind
for `toy_cube` (tests/ad/toy_kind.c: a function whose body hides its value in inline
assembly, so nothing else can differentiate it) with its derivative rule and flags, in one
place, and checks that every part of the engine honours it: classify, activity (not
inactive), aliasing (writes nothing), the inliner (the call stays a call, or the assembly
would be refused), reverse, forward and vector forward and reverse mode (against central
differences); then unregisters it, after which the program is refused again.

    . .venv/bin/activate && pytest tests/ad/test_call_kind_registration.py -q
"""

from __future__ import annotations

import ctypes
import math
from pathlib import Path

import pytest

from enzymec.ad.calls import call_kinds
from enzymec.ad.analyses.aliasing import unwritten_memory
from enzymec.ad.calls.call_kinds import KINDS, CallKind, classify
from enzymec.ad.calls.calls import CallRules
from enzymec.driver.cli import main
from enzymec.ir import CallInst, parse_module

PROGRAM = Path(__file__).with_name("toy_kind.c")
POINTS = (-1.3, -0.4, 0.35, 0.9, 1.7)   # both signs of sin(x), seeded by hand


def _cube_partial(b, x):
    return b.fmul(3.0, b.fmul(x, x))


def _reverse(ctx, b, call, dy) -> list:
    out = [None] * len(call.operands)
    if ctx.activity.is_active(call.args[0]):
        out[0] = b.fmul(dy, _cube_partial(b, b.lazy_primal(call.args[0])))
    return out


def _tangent(ctx, call) -> None:
    tangent = ctx.function.tangent_of(call.args[0])
    if ctx.activity.is_active(call) and tangent is not None:
        b = ctx.site.builder(call)
        ctx.tangents[call] = b.fmul(_cube_partial(b, call.args[0]), tangent)


TOY = CallKind("toy cube", lambda rules, callee: callee is not None and callee.name == "toy_cube",
               inline_keep=True, writes_memory=False, reverse=_reverse, tangent=_tangent)


@pytest.fixture
def registered(monkeypatch):
    """TOY registered before the callees with a body (the one place a kind is added)."""
    kinds = list(KINDS)
    kinds.insert(kinds.index(call_kinds.EXTERNAL), TOY)
    monkeypatch.setattr(call_kinds, "KINDS", tuple(kinds))
    yield TOY


def _build(tmp_path, name="toy.so"):
    out = tmp_path / name
    status = main(["-O2", "-shared", "-fPIC", str(PROGRAM), "-o", str(out), "-lm"])
    return ctypes.CDLL(str(out)) if status == 0 else None


def _function(lib, name, restype, *argtypes):
    fn = getattr(lib, name)
    fn.restype, fn.argtypes = restype, argtypes
    return fn


def _central(f, x, h=1e-6):
    return (f(x + h) - f(x - h)) / (2 * h)


def _close(a, b):
    assert abs(a - b) <= 1e-7 * max(1.0, abs(a), abs(b)), (a, b)


def _plain_ir(tmp_path) -> str:
    """toy_kind.c compiled to IR (the kind registered: the primal h keeps its call)."""
    ll = tmp_path / "toy.ll"
    assert main(["-O1", "-S", "-emit-llvm", str(PROGRAM), "-o", str(ll)]) == 0
    return ll.read_text()


def test_the_registry_and_analyses_honour_the_kind(registered, tmp_path):
    """The questions each analysis asks of `toy_cube`'s call, with the kind and without."""
    module = parse_module(_plain_ir(tmp_path), "toy.ll")
    rules = CallRules()
    k = module.get_function("k")
    call = next(i for i in k.instructions() if isinstance(i, CallInst)
                and i.called_function is not None and i.called_function.name == "toy_cube")
    assert classify(rules, call) is TOY
    assert not rules.is_inactive(call)                       # activity
    assert rules.keeps_call(call.called_function)            # the inliner
    assert k.args[0] in unwritten_memory(k, k.args, rules)   # aliasing: toy_cube writes nothing
    call_kinds.KINDS = tuple(kind for kind in call_kinds.KINDS if kind is not TOY)
    assert classify(rules, call).name == "kept callee"       # its body's inline assembly:
    assert not unwritten_memory(k, k.args, CallRules())      # may write anything


def test_every_mode_differentiates_through_the_kind(registered, tmp_path):
    lib = _build(tmp_path)
    assert lib is not None, "the registered kind should make the program differentiable"
    g = _function(lib, "value_g", ctypes.c_double, ctypes.c_double)
    h = _function(lib, "value_h", ctypes.c_double, ctypes.c_double)
    reverse = _function(lib, "reverse_g", ctypes.c_double, ctypes.c_double)
    forward = _function(lib, "forward_g", ctypes.c_double, ctypes.c_double, ctypes.c_double)
    lanes = (ctypes.c_double * 2)()
    vforward = _function(lib, "vector_forward_g", None, ctypes.c_double, type(lanes))
    vreverse = _function(lib, "vector_reverse_h", None, ctypes.c_double, type(lanes))
    for x in POINTS:
        dg, dh = _central(g, x), _central(h, x)
        assert abs(dg - (3 * math.sin(x) ** 2 * math.cos(x) + 1)) < 1e-6  # the harness itself
        _close(reverse(x), dg)
        _close(forward(x, 0.5), 0.5 * dg)
        vforward(x, lanes)
        _close(lanes[0], dg)
        _close(lanes[1], -2.0 * dg)
        vreverse(x, lanes)
        _close(lanes[0], dh)
        _close(lanes[1], 3.0 * dh)


def test_without_the_kind_the_program_is_refused(tmp_path, capsys):
    """Unregistered (the fixture undone), toy_cube is a callee with a body again: inlined,
    its inline assembly is a located error, not a wrong number."""
    assert TOY not in call_kinds.KINDS
    assert _build(tmp_path, "plain.so") is None
    assert "inline assembly" in capsys.readouterr().err
