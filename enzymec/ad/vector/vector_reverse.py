"""Reverse mode at width N (`__enzyme_autodiff` with `enzyme_width, N`): one forward sweep
and one tape, N adjoint sweeps interleaved lane by lane.

The width-1 gradient (reverse.py) is synthesized, given N shadows per dup parameter, and
expanded lane by lane (vector_lanes.py): adjoint slots, shadow allocations and everything
that depends on them are copied per lane; the tape (its slots, arrays and loop counters)
and the control flow of the reverse sweep are shared, since they depend on primal values
only. An active result is seeded with 1 in every lane (Enzyme's combined mode), so the
lanes differ by the seeds the caller puts in the shadows of its outputs. The function
returns, for each active (`out`) argument in order, its N adjoints.
"""

from __future__ import annotations

from enzymec.ir import VOID, Function, StructType
from enzymec.ir.builder import IRBuilder

from ..entry.requests import Request
from ..reverse.reverse import GradientSpec, GradientSynthesizer
from .vector_lanes import reshape
from .vector_lanes import LaneExpansion


class LaneGradientSynthesizer(GradientSynthesizer):
    """reverse.py's synthesis that remembers which instructions are the primal clone."""

    def clone_forward(self):
        entry = super().clone_forward()
        self.primal_instructions = set(self.ctx.fn.instructions())
        return entry


class ReverseLanes(LaneExpansion):
    """The tape is shared by the lanes; the result holds each out argument's N adjoints."""

    vector_ops = False  # measured: ba's width-2 reverse 2-8% slower with vector operations

    def find_lane_dependent(self) -> None:
        """The tape is shared, except the caches of values that differ by lane (a shadow
        pointer the forward sweep allocates): those get a cache per lane."""
        tape = self.ctx.tape
        caches = [*tape.scalar_caches.items(), *tape.array_caches.items(),
                  *tape.final_caches.items(),  # a value may have a final and an array cache
                  *((v, t) for (v, _), t in tape.exit_caches.items())]
        self.shared_storage = {slot for _, slot in caches}
        for state in tape.loop_states.values():
            self.shared_storage |= {state.tape_index, state.reverse_iv} - {None}
        while True:
            self.deps = set()
            super().find_lane_dependent()
            lane_caches = {slot for value, slot in caches if value in self.deps}
            if not lane_caches & self.shared_storage:
                return
            self.shared_storage -= lane_caches

    def result_parts(self, b: IRBuilder, value) -> list:
        outs = [a.type for a, k in zip(self.request.function.args, self.request.activity)
                if k == "out"]
        if not outs:
            return []
        if len(outs) == 1 and not isinstance(value.type, StructType):
            return [self.lane(value, k) for k in range(self.width)]
        return [b.extractvalue(self.lane(value, k), [i], ty)
                for i, ty in enumerate(outs) for k in range(self.width)]


def vector_gradient_type(function: Function, kinds, width: int):
    outs = [a.type for a, k in zip(function.args, kinds) if k == "out"]
    return StructType(tuple(t for t in outs for _ in range(width))) if outs else VOID


def build_reverse(request: Request, debug, rules) -> Function:
    """Reverse mode at `request.width` > 1 (modes.build_reverse builds width 1 itself)."""
    outs = [a.type for a, k in zip(request.function.args, request.activity) if k == "out"]
    width1 = VOID if not outs else outs[0] if len(outs) == 1 else StructType(tuple(outs))
    spec = GradientSpec(request.function, request.activity, width1,
                        seed_result=request.option("seed_result", True))
    synthesizer = LaneGradientSynthesizer(spec, debug, rules)
    fn = synthesizer.run()
    lane_args = reshape(fn, request)
    ReverseLanes(synthesizer.ctx, synthesizer.primal_instructions, request, lane_args,
                 rules).run()
    return fn
