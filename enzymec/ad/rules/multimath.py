"""Math functions with several real inputs or outputs: results in pairs, through pointers, or
complex numbers (complexfns.py).

A call is read as a function of its floating-point inputs (scalar arguments, and the
elements of `<2 x float>` / `{double, double}` arguments, in order) to its floating-point
outputs (the elements of its result, then what it writes through pointer arguments). The
rule's `vjp(b, xs, ys, dys)` maps the outputs' adjoints to the inputs' adjoints, as in
complexfns.py. Memory written through a pointer argument is one of three kinds:

- "float": an output with a derivative (sincos's sine and cosine): its adjoint is read from
  the shadow, which is then cleared, as for a store;
- "flat": a value with zero derivative (modf's integer part): the shadow is cleared;
- "int": integer memory (frexp's exponent, remquo's quotient): no derivative at all.

Enzyme's rules (InstructionDerivatives.td) are the reference: frexp's mantissa has
derivative 2^-e, modf's fraction 1 and its integer part 0, the `llvm.frexp`/`llvm.modf`/
`llvm.sincos` intrinsics return the same outputs as a struct.
"""

from __future__ import annotations

from enzymec.ir.builder import Lazy, zero
from enzymec.records import FrozenRecord, init_field

from .complexfns import COMPLEX, COMPLEX_ALIASES
from .float_leaves import extract, float_arguments, leaves, pack
from .mathfns import digamma


class MultiRule(FrozenRecord):
    _fields = ("inputs", "outputs", "vjp", "writes")

    def __init__(self, inputs: int, outputs: int, vjp: object, writes: tuple = ()) -> None:
        init_field(self, "inputs", inputs)  # floating-point inputs
        init_field(self, "outputs", outputs)  # floating-point outputs of the result
        init_field(self, "vjp", vjp)  # (b, xs, ys, dys) -> adjoint per input (None: nothing)
        # (argument index, kind) of the pointers it writes through
        init_field(self, "writes", writes)


def _frexp_vjp(b, xs, ys, dys):
    """m = x * 2^-e exactly, so dm/dx = m / x (2^-e); frexp(0) = 0 with e = 0."""
    x, m = xs[0], ys[0]
    scale = b.select(b.fcmp("oeq", x, 0.0), b.value(1.0, x), b.fdiv(m, x))
    return [b.fmul(dys[0], scale)]


def _remquo_vjp(b, xs, ys, dys):
    """r = x - n y with n = x / y rounded to nearest, ties to even (as remainder)."""
    x, y = xs
    n = b.math("roundeven", b.fdiv(x, y))
    return [dys[0], b.fmul(dys[0], b.fneg(n))]


def _sincos_vjp(b, xs, ys, dys):
    x = xs[0]
    ds, dc = dys
    return [b.fsub(b.fmul(ds, b.math("cos", x)), b.fmul(dc, b.math("sin", x)))]


REAL = {
    "frexp": MultiRule(1, 1, _frexp_vjp, ((1, "int"),)),
    "modf": MultiRule(1, 1, lambda b, xs, ys, dys: [dys[0]], ((1, "flat"),)),
    "remquo": MultiRule(2, 1, _remquo_vjp, ((2, "int"),)),
    "sincos": MultiRule(1, 0, _sincos_vjp, ((1, "float"), (2, "float"))),
    # lgamma with the sign of Gamma written to an int (reentrant)
    "lgamma_r": MultiRule(1, 1, lambda b, xs, ys, dys: [b.fmul(dys[0], digamma(b, xs[0]))],
                          ((1, "int"),)),
}
# the intrinsics return what the libm functions write: {m, e}, {frac, int}, {sin, cos}
INTRINSICS = {
    "frexp": MultiRule(1, 1, _frexp_vjp),
    "modf": MultiRule(1, 2, lambda b, xs, ys, dys: [dys[0]]),
    "sincos": MultiRule(1, 2, _sincos_vjp),
}
# float and long double spellings that are not NAME + f / l
SPELLINGS = {**COMPLEX_ALIASES, "lgammaf_r": "lgamma_r", "lgammal_r": "lgamma_r"}
MULTI = {**REAL, **{name: MultiRule(*rule) for name, rule in COMPLEX.items()}}


def multi_rule(name: str | None) -> MultiRule | None:
    """The rule for a callee name: `frexpf`, `llvm.modf.f64`, `cabsf`, `__mulsc3` ..."""
    if not name:
        return None
    if name.startswith("llvm."):
        return INTRINSICS.get(name.split(".")[1])
    name = SPELLINGS.get(name, name)
    if name in MULTI:
        return MULTI[name]
    if name[-1:] in ("f", "l") and name[:-1] in MULTI:
        return MULTI[name[:-1]]
    return None


def shape_problem(call, rule: MultiRule) -> str | None:
    """Why this call does not match its rule's shape (long double, arguments in memory)."""
    args = float_arguments(call)
    if any(leaves(a.type) is None for a in call.args) or leaves(call.type) is None:
        return "long double and nested aggregates are not supported"
    count = sum(len(paths) for _, paths in args)
    results = len(leaves(call.type))
    if count != rule.inputs or results != rule.outputs:
        return (f"expected {rule.inputs} floating-point inputs and {rule.outputs} outputs, "
                f"found {count} and {results} (a complex value passed in memory?)")
    for index, _ in rule.writes:
        if index >= len(call.args) or not call.args[index].type.is_pointer:
            return "its output argument is not a pointer"
    return None


# -- the reverse sweep --------------------------------------------------------------------
def contributions(ctx, b, call, rule: MultiRule, dy) -> list:
    """Adjoint contributions to each operand of `call` (None: nothing) from the adjoint `dy`
    of its result (None when the result is not active) and from the shadows of the memory it
    wrote, which are cleared (ctx: the function's call_context.CallContext)."""
    dys = [None] * rule.outputs if dy is None else \
        [extract(b, dy, path, ty) for path, ty in leaves(call.type)]
    dys += _written_adjoints(ctx, b, call, rule)
    out = [None] * len(call.operands)
    if all(d is None for d in dys):
        return out
    args = float_arguments(call)
    element = args[0][1][0][1]
    xs = [Lazy(ty, _extractor(b, call.args[i], path, ty)) for i, paths in args
          for path, ty in paths]
    ys = [Lazy(ty, _extractor(b, call, path, ty)) for path, ty in leaves(call.type)]
    dxs = iter(rule.vjp(b, xs, ys, [d if d is not None else zero(element) for d in dys]))
    for index, paths in args:
        parts = [next(dxs) for _ in paths]
        if ctx.activity.is_active(call.args[index]):
            out[index] = pack(b, call.args[index].type, parts)
    return out


def _extractor(b, value, path, ty):
    return lambda: extract(b, b.primal(value), path, ty)


def _written_adjoints(ctx, b, call, rule: MultiRule) -> list:
    """The adjoints of the floats written through pointers ("float" kind), reading and
    clearing their shadows; "flat" outputs only clear theirs."""
    found = []
    element = float_arguments(call)[0][1][0][1]
    for index, kind in rule.writes:
        ptr = call.args[index]
        if kind == "int" or not ctx.activity.points_into_shadowed(ptr):
            found += [None] if kind == "float" else []
            continue
        shadow = b.primal(ctx.shadows.shadow_of(ptr, call))
        if kind == "float":
            found.append(b.load(element, shadow))
        b.store(zero(element), shadow)
    return found


def writes_shadowed(call, rule: MultiRule, act) -> bool:
    """The call writes floating-point memory that has a shadow: even when its result is
    not active, the reverse sweep must clear (and maybe read) that shadow."""
    return any(kind != "int" and act.points_into_shadowed(call.args[index])
               for index, kind in rule.writes)


def lost_output(call, rule: MultiRule, act):
    """A pointer through which the call writes active data but which has no shadow."""
    if not any(a in act.varied for a in call.args):
        return None
    for index, kind in rule.writes:
        if kind == "float" and not act.points_into_shadowed(call.args[index]):
            return call.args[index]
    return None
