"""Per-iteration reverse, the call: `t = F.fused.body(args, seed)` (fuse_outline.py) in a
gradient's forward sweep becomes a call of the body's combined gradient, which returns `t`
and adds the adjoints of its iteration, seeded with `seed`, into the shadows right away.
Its reverse is nothing: the adjoint the reverse sweep still computes for `t` is unused.

The kind is a kept callee (its pointer arguments get shadows, the inliner leaves the call)
whose split into an augmented forward and a reverse (split_calls.py) is replaced by this.
"""

from __future__ import annotations

from enzymec.ir import StructType
from enzymec.ir.builder import IRBuilder

from ..explain.explain_record import source_location
from ..entry.requests import Mode, Request
from ..calls.split_calls import SplitCall, split_kinds


def fused_call(calls, call) -> SplitCall:
    """The combined-gradient call replacing the fused call `call` (split_calls.SplitCalls
    `calls`); its SplitCall has no reverse."""
    ctx = calls.ctx
    kinds = split_kinds(call, ctx.activity)[:-1] + ("const",)  # the seed is no input
    body = call.called_function
    outs = [a for a, k in zip(call.args, kinds) if k == "out"]
    gradient = ctx.calls.derivatives.get(_request(body, kinds, outs))
    args = []
    for arg, kind in zip(call.args, kinds):
        args.append(arg)
        if kind == "dup":
            args.append(calls.shadows.shadow_of(arg, call))
    args.append(call.args[-1])  # the seed, as the adjoint of the body's result
    b = IRBuilder(ctx.fn).position_before(call)
    result = b.call(gradient, args, name="fused.term.fwd")
    calls.made.add(result)
    if outs:  # the adjoints of float inputs (arguments, loads: fuse_plan.py), added now
        for index, arg in enumerate(outs, 1):
            calls.accumulate(b, arg, b.extractvalue(result, [index], arg.type))
        result = b.extractvalue(result, [0], body.return_type, "fused.term.value")
    _explain(ctx, call)
    return SplitCall(call, args, None, result, None, kinds, "const")


def _request(body, kinds, outs) -> Request:
    """The body's combined gradient returning `t` (then the adjoints of its float inputs)
    and seeded with its last argument's value."""
    returned = StructType((body.return_type,) + tuple(a.type for a in outs)) if outs \
        else body.return_type
    return Request(body, Mode.REVERSE, kinds, returned,
                   options=(("primal_return", True), ("result_kind", "out")))


def _explain(ctx, call) -> None:
    log = ctx.explain
    if log.enabled:
        log.add("fused", source_location(ctx, call) or ctx.location(call),
                "loop reversed per iteration: each iteration's reverse runs right after its "
                "forward, seeded with the sum's adjoint known before the loop; nothing of "
                "its body is taped", callee=call.called_function.name)
