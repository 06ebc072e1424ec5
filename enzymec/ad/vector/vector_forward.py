"""Forward mode's builder for every width: width 1 is forward.py's tangent function; a
width N > 1 is that same synthesis, given N tangent arguments per active parameter and
expanded lane by lane (vector_lanes.py).

The synthesized width-N function takes, for each parameter, the primal and then (dup,
dupnoneed) its N tangents or shadows; it returns the primal result (if asked) followed by
the N tangents of the result, as one struct (vector_call.py adapts it to the call site).
"""

from __future__ import annotations

from enzymec.ir import VOID, Function, StructType

from ..forward.forward import TangentSpec, TangentSynthesizer
from ..entry.requests import Request
from .vector_lanes import LaneExpansion, reshape


class LaneTangentSynthesizer(TangentSynthesizer):
    """forward.py's synthesis that remembers which instructions are the primal clone."""

    def clone_primal(self) -> None:
        super().clone_primal()
        self.primal_instructions = set(self.ctx.fn.instructions())


def build_forward(request: Request, debug, rules) -> Function:
    """Forward mode at `request.width` > 1 (modes.build_forward builds width 1 itself)."""
    primal, tangent = request.option("primal", False), request.option("tangent", True)
    ret = request.function.return_type
    width1 = StructType((ret, ret)) if primal and tangent else \
        ret if primal or tangent else VOID
    spec = TangentSpec(request.function, request.activity, width1, primal, tangent,
                       request.option("top", True))

    def register(fn):
        rules.derivatives.register(request, fn)
    synthesizer = LaneTangentSynthesizer(spec, debug, rules, register)
    fn = synthesizer.run()
    lane_args = reshape(fn, request)
    LaneExpansion(synthesizer.ctx, synthesizer.primal_instructions, request, lane_args,
                  rules).run()
    return fn
