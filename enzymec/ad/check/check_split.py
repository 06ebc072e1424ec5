"""--check-gradients for a user's split pair: `__enzyme_augmentfwd` then `__enzyme_reverse`.

The check of a split pair is the check of `__enzyme_autodiff` (check_wrapper.py) cut at
the tape: the inputs must be copied as they are before the forward runs, the seeds read as
they are when the reverse runs (the user writes them in between), and the comparison made
once the reverse has returned its adjoints. So:

    augmented forward wrapper                  reverse wrapper
      ctx = gradcheck_begin(...)                 ctx = gradcheck_pair_take(tape, counts, at)
      copy the scalars and memory (as there)     if ctx: gradcheck_reseed (each shadow)
      r = __enzyme_augmentfwd(f, ...)                    gradcheck_seed (d_result)
      gradcheck_pair_put(ctx, tape of r)         g = __enzyme_reverse(f, ..., tape)
                                                 if ctx: hand over g, re-run f on the
                                                   copies from before the forward, judge

The two halves meet at run time through the tape pointer (the runtime keeps the parked
checks in a list keyed by it), so they may be in different functions. A pair whose reverse
never runs leaves its check parked (never judged); a function that needs no tape returns a
null tape, by which nothing can be paired: its check is dropped at the forward. Each half
plans its own roles from its own arguments (check_plan.py, with reverse-mode activities);
the runtime judges only when both plans count the same scalars and memories.

Not checked (listed at compile time like other unchecked calls): the tape passed through
memory (`enzyme_tape`, `enzyme_allocated`), flags (`enzyme_noret`, ...), a pointer result
(its shadow comes back from the forward), results through memory (sret).
"""

from __future__ import annotations

from enzymec.ir import I32, PTR, StructType
from enzymec.ir.builder import IRBuilder, const_int, zero
from enzymec.ir.strings import private_string

from .check_plan import Unchecked, plan_site
from .check_wrapper import WrapperBuilder, widen
from ..entry.requests import Mode


def wrap_split_call(site, markers: set, where: str, default_on: bool) -> None:
    """Plan and build the check of one half of a split pair; raises Unchecked."""
    refuse_split(site, len(markers))
    plan = plan_site(site)
    builder = AugmentedWrapper if site.mode == Mode.AUGMENTED else ReverseWrapper
    builder(plan, markers, where, default_on).build()


def refuse_split(site, marker_positions: int) -> None:
    """The conventions of a split pair the checker handles: the tape returned as a value."""
    if site.tape_pointer is not None or site.allocated is not None:
        raise Unchecked("it passes the tape through memory (enzyme_tape), where the checker "
                        "does not pair the forward with its reverse")
    if site.flags:
        raise Unchecked(f"it uses {', '.join(sorted(site.flags))}")
    if site.function.return_type.is_pointer:
        raise Unchecked("its function returns a pointer, whose shadow the split pair hands "
                        "over outside the call")
    if site.sret is not None:
        raise Unchecked("the call returns its result through memory (sret)")
    trailing = len(getattr(site, "trailing_at", ()))
    plain = len(site.call.args) - 1 - marker_positions - trailing
    if plain != len(site.forwarded):
        raise Unchecked("it uses markers the checker does not handle (enzyme_width, ...)")


def split_parameters(builder: WrapperBuilder) -> tuple:
    """The wrapper's parameters, in the order both halves of a split pair take them: the
    raw ones by position, the primal scalars, each memory's shadow (null if it has none)
    and each memory's extent."""
    builder.params = iter(builder.wrapper.args)
    raw = {i: next(builder.params) for i in builder.raw}
    primal = [next(builder.params) for _ in builder.plan.primal]
    shadows = [next(builder.params) if m[1] is not None else zero(PTR)
               for m in builder.plan.memories]
    extents = [next(builder.params) for _ in builder.plan.memories]
    return raw, primal, shadows, extents


class AugmentedWrapper(WrapperBuilder):
    """Copies the inputs before the forward and parks the check under the tape."""

    def build(self):
        raw, primal, shadows, extents = split_parameters(self)
        b = IRBuilder(self.wrapper)
        entry, register, real = b.new_block("entry"), b.new_block("register"), \
            b.new_block("call")
        b.position_at_end(entry)
        ctx = self.begin(b)
        b.cond_br(b.icmp("eq", ctx, zero(PTR), "check.off"), real, register)
        b.position_at_end(register)
        self.register(b, ctx, primal, [], shadows, extents)
        b.br(real)
        b.position_at_end(real)
        result = self.inner_call(b, raw)
        tape = b.extractvalue(result, [0], PTR) if isinstance(result.type, StructType) \
            else result
        b.call(self.rt("pair_put"), [ctx, tape])
        b.ret(result)
        self.redirect()
        return self.wrapper


class ReverseWrapper(WrapperBuilder):
    """Takes the parked check back by the tape, reads the seeds, runs, judges."""

    def build(self):
        raw, primal, shadows, _ = split_parameters(self)  # copies made before the forward
        b = IRBuilder(self.wrapper)
        entry, reseed, real = b.new_block("entry"), b.new_block("reseed"), b.new_block("call")
        results, ret = b.new_block("results"), b.new_block("return")
        b.position_at_end(entry)
        trailing = [raw[i] for i in self.site.trailing_at]
        counts = [const_int(I32, self.plan.nscalar), const_int(I32, len(self.plan.memories))]
        where = private_string(self.module, self.where, ".enzymec.gradcheck")
        ctx = b.call(self.rt("pair_take"), [trailing[-1], *counts, where], name="check.ctx")
        off = b.icmp("eq", ctx, zero(PTR), "check.off")
        b.cond_br(off, real, reseed)
        b.position_at_end(reseed)
        self.reseed(b, ctx, shadows, trailing)
        b.br(real)
        b.position_at_end(real)
        return self.call_and_judge(b, ctx, off, raw, primal, results, ret)

    def reseed(self, b: IRBuilder, ctx, shadows: list, trailing: list) -> None:
        """The seeds as the user left them for this reverse: each dup memory's shadow, and
        the adjoint of the result (the value before the tape)."""
        for j, memory in enumerate(self.plan.memories):
            if memory[1] is not None:
                b.call(self.rt("reseed"), [ctx, const_int(I32, j), shadows[j]])
        if self.plan.result_kind >= 0 and len(trailing) == 2:
            b.call(self.rt("seed"), [ctx, widen(b, trailing[0])])
