"""The builder reverse-mode rules write with: a RuleBuilder in one reverse block whose
primal values come from the forward sweep through the tape (reuse, recompute or cache)."""

from __future__ import annotations

from enzymec.ir import Block, Value

from .rule_builder import RuleBuilder


class ReverseBuilder(RuleBuilder):
    def __init__(self, ctx, block: Block, forward_block: Block):
        """`ctx`: the gradient's function_context.FunctionContext (its tape)."""
        super().__init__(ctx.fn, block)
        self.context = ctx
        self.forward_block = forward_block

    def primal(self, value: Value) -> Value:
        """The forward `value` in the iteration this reverse block is undoing; a value from
        before the loops around this block is looked up once at their lookup point
        (loop_lookup.py)."""
        tape = self.context.tape
        points = tape.lookup_points
        hoisted = None if points is None or tape.available(value) else \
            points.hoisted(value, self.forward_block)
        if hoisted is not None:
            return tape.lookup(value, *hoisted)
        return tape.lookup(value, self, self.forward_block)
