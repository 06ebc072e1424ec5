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
        """The forward `value` in the iteration this reverse block is undoing."""
        return self.context.tape.lookup(value, self, self.forward_block)
