"""Reverse mode at width N (`__enzyme_autodiff` with `enzyme_width, N`): one forward sweep
and one tape, N adjoint sweeps interleaved lane by lane.

The width-1 gradient (reverse.py) is synthesized, given N shadows per dup parameter, and
expanded lane by lane (vector_lanes.py): adjoint slots, shadow allocations and everything
that depends on them are copied per lane; the tape (its slots, arrays and loop counters)
and the control flow of the reverse sweep are shared, since they depend on primal values
only. An active result is seeded with 1 in every lane (Enzyme's combined mode), so the
lanes differ by the seeds the caller puts in the shadows of its outputs. The function
returns, for each active (`out`) argument in order, its N adjoints.

The width-1 gradient expanded here is the one a width-1 call of the same request gets,
unless the width-1 synthesis would fuse loops, count a reverse loop up or run a recursion's
own pair (LaneGradientSynthesizer tells): a module with both calls then synthesizes it once
and the width-1 call gets a copy made before the expansion (cache.Derivatives.offer;
benchmarks/c/ba/timed.c: its driver 1,099M -> 1,041M instructions, the same output).
"""

from __future__ import annotations

from enzymec.ir import VOID, Function, StructType
from enzymec.ir.builder import IRBuilder

from ..cache import gradient_spec
from ..entry.requests import Request
from ..fuse.fuse_outline import loops_fusable
from ..fuse.loop_fusion import siblings_fusable
from ..reverse.ascending import ascending_candidates, flippable
from ..reverse.reverse import GradientSynthesizer
from ..split.own_pair import own_pair
from ..tape.running_rebuild import carried_loops
from .vector_lanes import reshape
from .vector_lanes import LaneExpansion


class LaneGradientSynthesizer(GradientSynthesizer):
    """reverse.py's synthesis that remembers which instructions are the primal clone, and
    whether the width-1 synthesis of its spec would build the same function
    (`same_as_width1`, for Derivatives.offer): only that one fuses loops (fuse_plan.py),
    counts reverse loops up (ascending.py) and runs a recursion's own split pair
    (own_pair.py). Each is asked where the width-1 synthesis would act on it, and only
    while the answer matters (None: not known yet; False from the start where no width-1
    call wants the function)."""

    same_as_width1: bool | None = None
    candidates: set = frozenset()

    def clone_forward(self):
        entry = super().clone_forward()
        self.primal_instructions = set(self.ctx.fn.instructions())
        return entry

    def fuses_loops(self) -> bool:
        if self.same_as_width1 is None:  # first asked on the canonical forward clone
            self.same_as_width1 = not (self.may_fuse_loops() and (
                siblings_fusable(self.ctx.fn, self.ctx.calls) or loops_fusable(self.ctx)))
        return False

    def instrument_forward(self) -> None:
        if self.same_as_width1 and self.spec.split is None:
            self.candidates = ascending_candidates(self.ctx)
        super().instrument_forward()
        if self.same_as_width1 and own_pair(self) is not None:
            self.same_as_width1 = False

    def count_up_loops(self) -> None:
        """The lanes' reverse counts down; the width-1 one would count these up."""
        if self.same_as_width1 and self.candidates and flippable(
                self.ctx, self.candidates, self.counter_sites, self.adjoint_slots.values(),
                carried_loops(self.ctx.tape)):
            self.same_as_width1 = False


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


def _single_request(request: Request, width1, wanted: set) -> Request:
    """The width-1 request whose gradient the lanes expand. Without `out` arguments the
    gradient returns nothing, but a width-1 call returns what its entry point is declared
    to (`double __enzyme_autodiff(...)`: 0.0): built with that type where such a call is
    wanted, the same synthesis answers it too (Derivatives.offer), and the lanes drop the
    value again."""
    single = Request(request.function, request.mode, request.activity, width1, 1,
                     request.options)
    if width1 != VOID:
        return single
    same = [other for other in wanted
            if other.width == 1 and other.return_type.is_float and
            (other.function, other.mode, other.activity, other.options) ==
            (single.function, single.mode, single.activity, single.options)]
    # one by its type's name where calls declare several: the same one every compile
    return min(same, key=lambda other: str(other.return_type)) if same else single


def vector_gradient_type(function: Function, kinds, width: int):
    outs = [a.type for a, k in zip(function.args, kinds) if k == "out"]
    return StructType(tuple(t for t in outs for _ in range(width))) if outs else VOID


def build_reverse(request: Request, debug, rules) -> Function:
    """Reverse mode at `request.width` > 1 (modes.build_reverse builds width 1 itself)."""
    outs = [a.type for a, k in zip(request.function.args, request.activity) if k == "out"]
    width1 = VOID if not outs else outs[0] if len(outs) == 1 else StructType(tuple(outs))
    single = _single_request(request, width1, rules.derivatives.wanted)
    synthesizer = LaneGradientSynthesizer(gradient_spec(single), debug, rules)
    if not rules.derivatives.wants(single):
        synthesizer.same_as_width1 = False  # nothing to share: no question asked
    fn = synthesizer.run()
    if synthesizer.same_as_width1 and not synthesizer.ctx.explain.enabled:
        rules.derivatives.offer(single, fn)  # the same function a width-1 call gets
    if single.return_type != width1:  # its `ret T 0.0`s return nothing here
        for ret in [i for i in fn.instructions() if i.opcode == "ret"]:
            ret.drop_operands()
    lane_args = reshape(fn, request)
    ReverseLanes(synthesizer.ctx, synthesizer.primal_instructions, request, lane_args,
                 rules).run()
    return fn
